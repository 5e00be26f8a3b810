import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

/**
 * Window backgrounds matching the renderer's page colour (`--bg` in theme.css, which a test
 * compares with these), so opening never flashes white.
 */
export const WINDOW_BACKGROUND = { light: '#f6f4ef', dark: '#121819' } as const;

/** The windows Limber opens; each loads its own page (app-origin.ts's WINDOW_PAGES). */
export type WindowKind = 'player' | 'nudge' | 'settings' | 'history' | 'status' | 'welcome';

/** Each kind's size. The nudge prompt is small: it asks, it doesn't take over the screen. */
const WINDOW_SIZES: Readonly<Record<WindowKind, { width: number; height: number }>> = {
  player: { width: 480, height: 640 },
  nudge: { width: 360, height: 200 },
  settings: { width: 560, height: 680 },
  history: { width: 640, height: 720 },
  status: { width: 360, height: 420 },
  welcome: { width: 440, height: 460 },
};

/** Gap between the nudge prompt and the screen's edges. */
const CORNER_MARGIN = 16;

/**
 * Where the nudge prompt goes: the bottom-right corner of the work area (the screen minus
 * taskbar and docks), clear of the edges, and never off the top-left on a tiny screen.
 */
export function cornerPosition(
  workArea: Rectangle,
  size: { width: number; height: number },
  margin = CORNER_MARGIN,
): { x: number; y: number } {
  return {
    x: Math.max(workArea.x, workArea.x + workArea.width - size.width - margin),
    y: Math.max(workArea.y, workArea.y + workArea.height - size.height - margin),
  };
}

/**
 * Every window's web preferences. Each security switch is spelled out, even where it is
 * Electron's default, so a reader (and a test) can see them: a sandboxed renderer without
 * Node, isolated from a preload that exposes named functions only.
 */
function secureWebPreferences(
  preloadPath: string,
): BrowserWindowConstructorOptions['webPreferences'] {
  return {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  };
}

/** What differs by kind; the nudge prompt floats over other windows without a taskbar entry. */
function kindOptions(kind: WindowKind, workArea: Rectangle): BrowserWindowConstructorOptions {
  const size = WINDOW_SIZES[kind];
  switch (kind) {
    case 'player':
      return { ...size, minWidth: size.width, minHeight: size.height, title: 'Limber' };
    case 'settings':
      return { ...size, minWidth: 420, minHeight: 480, resizable: true, title: 'Limber settings' };
    case 'history':
      return { ...size, minWidth: 420, minHeight: 480, resizable: true, title: 'Limber history' };
    case 'status':
      return { ...size, minWidth: 320, minHeight: 360, resizable: true, title: 'Limber' };
    case 'welcome':
      return { ...size, minWidth: size.width, minHeight: size.height, title: 'Welcome to Limber' };
    case 'nudge':
      return {
        ...size,
        ...cornerPosition(workArea, size),
        title: 'Time to stand up',
        frame: false,
        resizable: false,
        minimizable: false,
        maximizable: false,
        fullscreenable: false,
        alwaysOnTop: true,
        skipTaskbar: true,
      };
  }
}

/**
 * A window's options. All are created hidden (`show: false`) and shown once ready; the nudge
 * prompt then with showInactive, so it never takes focus from what the user is typing into.
 * @param workArea the primary display's work area; only the nudge prompt uses it.
 */
export function windowOptions(
  kind: WindowKind,
  preloadPath: string,
  options: { dark?: boolean; workArea: Rectangle },
): BrowserWindowConstructorOptions {
  return {
    ...kindOptions(kind, options.workArea),
    show: false,
    backgroundColor: options.dark ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light,
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preloadPath),
  };
}
