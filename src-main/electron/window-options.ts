import type { BrowserWindowConstructorOptions } from 'electron';

/** Window backgrounds matching the renderer's page colour, so opening never flashes white. */
export const WINDOW_BACKGROUND = { light: '#f7f5f0', dark: '#1d1f21' } as const;

/**
 * The player window's options. Every security switch is spelled out, even where it is
 * Electron's default, so a reader (and a test) can see them: a sandboxed renderer without
 * Node, isolated from a preload that exposes named functions only.
 */
export function playerWindowOptions(
  preloadPath: string,
  dark = false,
): BrowserWindowConstructorOptions {
  return {
    width: 480,
    height: 640,
    minWidth: 480,
    minHeight: 640,
    title: 'Limber',
    show: false, // shown on ready-to-show, once there is something to see
    backgroundColor: dark ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light,
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  };
}
