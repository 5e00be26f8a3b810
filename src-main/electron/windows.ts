import { BrowserWindow, nativeTheme } from 'electron';
import type { WindowsPort } from '../services/app-services';
import { playerWindowOptions } from './window-options';

/** The player window, created on demand and destroyed on close: no renderer idles hidden. */
export interface PlayerWindows extends WindowsPort {
  /** Brings an open player to the front; false when there is none. */
  focusPlayer(): boolean;
  /** webContents ids of our live windows: the only senders IPC accepts. */
  webContentsIds(): ReadonlySet<number>;
  /** Sends an event to every live window. */
  send(channel: string, payload: unknown): void;
}

export interface PlayerWindowsOptions {
  preloadPath: string;
  url: string;
  /** Called after the player window has closed, however it closed. */
  onClosed: () => void;
}

/** Creates the window manager. Nothing opens until `showPlayer` is called. */
export function createPlayerWindows(options: PlayerWindowsOptions): PlayerWindows {
  let player: { window: BrowserWindow; webContentsId: number } | undefined;

  function open(): void {
    const window = new BrowserWindow(
      playerWindowOptions(options.preloadPath, nativeTheme.shouldUseDarkColors),
    );
    // Read the id now: once closed, webContents can no longer be asked.
    const opened = { window, webContentsId: window.webContents.id };
    player = opened;
    window.once('ready-to-show', () => window.show());
    window.on('closed', () => {
      if (player === opened) player = undefined;
      options.onClosed();
    });
    void window.loadURL(options.url);
  }

  function focusPlayer(): boolean {
    if (!player || player.window.isDestroyed()) return false;
    if (player.window.isMinimized()) player.window.restore();
    player.window.show();
    player.window.focus();
    return true;
  }

  return {
    showPlayer() {
      if (!focusPlayer()) open();
    },
    closeWindowOf(sender) {
      if (player?.webContentsId === sender.webContentsId) player.window.close();
    },
    focusPlayer,
    webContentsIds: () => new Set(player ? [player.webContentsId] : []),
    send(channel, payload) {
      if (player && !player.window.isDestroyed()) player.window.webContents.send(channel, payload);
    },
  };
}
