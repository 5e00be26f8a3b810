import type { Settings } from '@shared/settings/schema';
import type { Dispose } from '@shared/time/clock';

import { followSetting, type SettingsFeedPort } from './follow-setting';

/** The part of Electron's `nativeTheme` that picks light or dark for every window. */
export interface ThemePort {
  themeSource: Settings['theme'];
}

/**
 * Follows the theme setting: setting `nativeTheme.themeSource` makes `prefers-color-scheme`
 * answer light or dark in every window, so the renderer's CSS needs no setting of its own.
 */
export function syncTheme(nativeTheme: ThemePort, settings: SettingsFeedPort): Dispose {
  return followSetting(
    settings,
    ({ theme }) => theme,
    (theme) => {
      if (nativeTheme.themeSource !== theme) nativeTheme.themeSource = theme;
    },
  );
}
