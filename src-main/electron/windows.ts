import { BrowserWindow, nativeTheme, type Rectangle } from 'electron';
import type { WindowsPort } from '../platform/windows-port';
import { windowOptions, type WindowKind } from './window-options';

/** Limber's windows, each created on demand and destroyed on close: no renderer idles hidden. */
export interface AppWindows extends WindowsPort {
  /** Brings an open player to the front; false when there is none. */
  focusPlayer(): boolean;
  /** webContents ids of all our live windows: the only senders IPC accepts. */
  webContentsIds(): ReadonlySet<number>;
  /** Sends an event to every live window. */
  send(channel: string, payload: unknown): void;
}

export interface AppWindowsOptions {
  preloadPath: string;
  /** The renderer's page; each kind loads it with `#/<kind>`. */
  url: string;
  /** The primary display's work area, read when the nudge prompt opens (screens change). */
  workArea: () => Rectangle;
  /** Called after a window has closed, however it closed. */
  onClosed: (kind: WindowKind) => void;
}

interface OpenWindow {
  window: BrowserWindow;
  webContentsId: number;
}

/** Creates the window manager. Nothing opens until a `show…` call. */
export function createAppWindows(options: AppWindowsOptions): AppWindows {
  const open = new Map<WindowKind, OpenWindow>();

  const live = (kind: WindowKind): OpenWindow | undefined => {
    const entry = open.get(kind);
    return entry && !entry.window.isDestroyed() ? entry : undefined;
  };

  function create(kind: WindowKind): void {
    const window = new BrowserWindow(
      windowOptions(kind, options.preloadPath, {
        dark: nativeTheme.shouldUseDarkColors,
        workArea: options.workArea(),
      }),
    );
    // Read the id now: once closed, webContents can no longer be asked.
    const entry = { window, webContentsId: window.webContents.id };
    open.set(kind, entry);
    window.once('ready-to-show', () => reveal(kind, window));
    window.on('closed', () => {
      if (open.get(kind) === entry) open.delete(kind);
      options.onClosed(kind);
    });
    void window.loadURL(`${options.url}#/${kind}`);
  }

  /** The prompt appears without focus, so a keystroke meant for another app never answers it. */
  function reveal(kind: WindowKind, window: BrowserWindow): void {
    if (kind === 'nudge') window.showInactive();
    else window.show();
  }

  function focus(kind: WindowKind): boolean {
    const entry = live(kind);
    if (!entry) return false;
    if (entry.window.isMinimized()) entry.window.restore();
    entry.window.show();
    entry.window.focus();
    return true;
  }

  const showOrFocus = (kind: WindowKind) => {
    if (!focus(kind)) create(kind);
  };

  return {
    showPlayer: () => showOrFocus('player'),
    showSettings: () => showOrFocus('settings'),
    showHistory: () => showOrFocus('history'),
    showStatus: () => showOrFocus('status'),
    showWelcome: () => showOrFocus('welcome'),
    showNudge() {
      const entry = live('nudge');
      if (entry) reveal('nudge', entry.window);
      else create('nudge');
    },
    closeNudge() {
      live('nudge')?.window.close();
    },
    closeWindowOf(sender) {
      for (const entry of open.values()) {
        if (entry.webContentsId === sender.webContentsId) entry.window.close();
      }
    },
    focusPlayer: () => focus('player'),
    webContentsIds: () => new Set([...open.values()].map((entry) => entry.webContentsId)),
    send(channel, payload) {
      for (const { window } of open.values()) {
        if (!window.isDestroyed()) window.webContents.send(channel, payload);
      }
    },
  };
}
