import { BrowserWindow, nativeTheme, type Rectangle } from 'electron';

import { type LogPort, silentLog } from '../platform/log-port';
import type { WindowsPort } from '../platform/windows-port';
import { type WindowKind, windowOptions } from './window-options';

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
  /** The page a window of each kind loads (app-origin.ts's windowPageUrl in the app). */
  pageUrl: (kind: WindowKind) => string;
  /** The primary display's work area, read when the nudge prompt opens (screens change). */
  workArea: () => Rectangle;
  /** Called after a window has closed, however it closed, except to be replaced after a crash. */
  onClosed: (kind: WindowKind) => void;
  /** Where crashed or hung renderers are logged. @default none */
  log?: LogPort;
}

interface OpenWindow {
  window: BrowserWindow;
  webContentsId: number;
  /** Closed to be opened again after a crash: its 'closed' is not the user closing it. */
  replaced?: boolean;
}

/** A view that crashes this many times in a row is not opened again until the user asks. */
const REOPENS_AFTER_CRASH = 3;

/** Creates the window manager. Nothing opens until a `show…` call. */
export function createAppWindows(options: AppWindowsOptions): AppWindows {
  const open = new Map<WindowKind, OpenWindow>();
  const log = options.log ?? silentLog;
  /** Crashes of each view since the user last opened it. */
  const crashes = new Map<WindowKind, number>();

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
    const entry: OpenWindow = { window, webContentsId: window.webContents.id };
    open.set(kind, entry);
    window.once('ready-to-show', () => reveal(kind, window));
    window.on('closed', () => {
      if (open.get(kind) === entry) open.delete(kind);
      if (!entry.replaced) options.onClosed(kind);
    });
    window.webContents.on('render-process-gone', (_event, details) => {
      if (details.reason !== 'clean-exit') recover(kind, entry, details.reason);
    });
    window.on('unresponsive', () => recover(kind, entry, 'not responding'));
    void window.loadURL(options.pageUrl(kind));
  }

  /**
   * A renderer that crashed or hung leaves a blank or frozen window: it is destroyed (a hung
   * page could not answer a close) and its view opened again, which fetches its state from main
   * afresh. Main's state is untouched, so a routine carries on where it was.
   */
  function recover(kind: WindowKind, entry: OpenWindow, reason: string): void {
    if (open.get(kind) !== entry || entry.window.isDestroyed()) return;
    const count = (crashes.get(kind) ?? 0) + 1;
    crashes.set(kind, count);
    const reopen = count <= REOPENS_AFTER_CRASH;
    entry.replaced = reopen;
    entry.window.destroy();
    if (reopen) {
      log.error(`The ${kind} window crashed (${reason}); it was closed and opened again`);
      create(kind);
    } else {
      log.error(
        `The ${kind} window crashed (${reason}) ${count} times; it was closed and not opened again`,
      );
    }
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

  /** The user (or main for them) opens a view: it gets a fresh allowance of crashes. */
  const openFresh = (kind: WindowKind) => {
    crashes.delete(kind);
    create(kind);
  };

  const showOrFocus = (kind: WindowKind) => {
    if (!focus(kind)) openFresh(kind);
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
      else openFresh('nudge');
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
