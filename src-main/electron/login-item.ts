import type { Settings } from '@shared/settings/schema';
import type { Dispose } from '@shared/time/clock';

/** The part of Electron's `app` that registers the app to open at login. */
export interface LoginItemApi {
  getLoginItemSettings(): { openAtLogin: boolean };
  setLoginItemSettings(settings: { openAtLogin: boolean }): void;
}

/** Anything holding settings that change: the settings store. */
export interface SettingsSource {
  get(): Settings;
  subscribe(listener: (settings: Settings) => void): Dispose;
}

/**
 * Keeps "start at login" in step with the setting, now and on every change. The OS is asked
 * only when it disagrees, so startup doesn't rewrite a registry key or login item each time.
 * macOS and Windows honour it; on Linux Electron does nothing (a desktop file would be needed).
 */
export function syncLoginItem(app: LoginItemApi, settings: SettingsSource): Dispose {
  const apply = ({ startAtLogin }: Settings) => {
    if (app.getLoginItemSettings().openAtLogin !== startAtLogin) {
      app.setLoginItemSettings({ openAtLogin: startAtLogin });
    }
  };
  apply(settings.get());
  return settings.subscribe(apply);
}
