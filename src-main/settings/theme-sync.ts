import type { Settings } from '@shared/settings/schema';
import type { Dispose } from '@shared/time/clock';
import type { SettingsSource } from '../electron/login-item';

/** The part of Electron's `nativeTheme` that picks light or dark for every window. */
export interface ThemeApi {
  themeSource: Settings['theme'];
}

/**
 * Follows the theme setting: setting `nativeTheme.themeSource` makes `prefers-color-scheme`
 * answer light or dark in every window, so the renderer's CSS needs no setting of its own.
 */
export function syncTheme(nativeTheme: ThemeApi, settings: SettingsSource): Dispose {
  const apply = ({ theme }: Settings) => {
    if (nativeTheme.themeSource !== theme) nativeTheme.themeSource = theme;
  };
  apply(settings.get());
  return settings.subscribe(apply);
}
