import type { SenderInfo } from '../ipc/sender-policy';

/** The small prompt window that asks "stand up?": shown without taking focus. */
export interface NudgeWindowPort {
  /** Shows the prompt (or brings it up again) without stealing focus. */
  showNudge(): void;
  /** Closes the prompt if it is open. */
  closeNudge(): void;
}

/** What services may ask of the windows, without knowing they are Electron windows. */
export interface WindowsPort extends NudgeWindowPort {
  /** Opens the player window, or focuses it when already open. */
  showPlayer(): void;
  /** Opens the settings window (#/settings), or focuses it when already open. */
  showSettings(): void;
  /** Opens the history window, or focuses it. */
  showHistory(): void;
  /** Opens the small status window (for desktops with no tray), or focuses it. */
  showStatus(): void;
  /** Opens the first-run welcome. */
  showWelcome(): void;
  /**
   * Closes the window that sent a message. Closing the player must end up calling
   * `playerClosed()`, as the window's 'closed' event does in the app.
   */
  closeWindowOf(sender: SenderInfo): void;
}
