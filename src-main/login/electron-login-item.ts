import type { LoginItemPort, LoginState } from './login-state';

/** What Electron's getLoginItemSettings reports; the platform-only fields may be missing. */
export interface ElectronLoginSettings {
  openAtLogin: boolean;
  /** macOS 13+: the system's own word on the login item. */
  status?: 'not-registered' | 'enabled' | 'requires-approval' | 'not-found';
  /** Windows: false when the user switched Limber off under Startup apps. */
  executableWillLaunchAtLogin?: boolean;
}

/** The part of Electron's `app` that registers a login item on macOS and Windows. */
export interface LoginItemApi {
  getLoginItemSettings(options?: { args?: string[] }): ElectronLoginSettings;
  setLoginItemSettings(settings: { openAtLogin: boolean; args?: string[] }): void;
}

/** How macOS and Windows report start at login, in the user's terms. */
export function loginStateOf(
  settings: ElectronLoginSettings,
  platform: NodeJS.Platform,
): LoginState {
  if (platform === 'darwin' && settings.status === 'requires-approval') {
    return {
      enabled: false,
      note: 'macOS is waiting for you to allow Limber under System Settings > General > Login Items.',
    };
  }
  if (platform === 'darwin' && settings.status !== undefined) {
    return { enabled: settings.status === 'enabled' };
  }
  if (
    platform === 'win32' &&
    settings.openAtLogin &&
    settings.executableWillLaunchAtLogin === false
  ) {
    return {
      enabled: false,
      note: 'Windows has Limber switched off under Settings > Apps > Startup.',
    };
  }
  return { enabled: settings.openAtLogin };
}

/**
 * Start at login through Electron (macOS login items, the Windows Run key). `args` are what a
 * development checkout needs (Electron plus the project folder); Windows matches the entry by
 * path and args, so reading asks with the same ones.
 */
export function createElectronLoginItem(
  api: LoginItemApi,
  platform: NodeJS.Platform,
  args?: string[],
): LoginItemPort {
  const withArgs = args ? { args } : {};
  const read = async () => loginStateOf(api.getLoginItemSettings(withArgs), platform);
  return {
    read,
    async write(enabled) {
      api.setLoginItemSettings({ openAtLogin: enabled, ...withArgs });
      return read();
    },
  };
}
