import type { Dispose } from '@shared/time/clock';

/**
 * What the sitting service needs from the OS, as plain ports: Electron's powerMonitor and
 * Notification sit behind them in the app, and tests and the e2e host pass fakes.
 */

/** Seconds since the last keyboard or mouse input (powerMonitor.getSystemIdleTime). */
export interface IdleSource {
  idleSeconds(): number;
}

/** What the OS announces about the machine: sleep and wake, screen lock and unlock. */
export type PowerEvent = 'suspend' | 'resume' | 'lock' | 'unlock';

export interface PowerEvents {
  subscribe(listener: (event: PowerEvent) => void): Dispose;
}

/** A native notification. `onClick` runs when the user clicks it. */
export interface NotificationRequest {
  title: string;
  body: string;
  onClick?: () => void;
}

/** Shows native notifications; the returned undo takes one away again. */
export interface Notifier {
  show(notification: NotificationRequest): Dispose;
}

/** The small prompt window that asks "stand up?": shown without taking focus. */
export interface NudgeWindowPort {
  /** Shows the prompt (or brings it up again) without stealing focus. */
  showNudge(): void;
  /** Closes the prompt if it is open. */
  closeNudge(): void;
}
