import type { SignalKind } from '@shared/quiet/signal';
import type { NudgeAnswer, NudgeSnapshot, SittingStatus } from '@shared/reminders/nudge-schema';
import type { LocalTimeFrom } from '@shared/reminders/types';
import type { BoutRecord, BreakRecord } from '@shared/sitting/types';
import type { Clock, Dispose, Timers } from '@shared/time/clock';

import type { IdlePort } from '../platform/idle-port';
import type { LogPort } from '../platform/log-port';
import type { NotifierPort } from '../platform/notifier-port';
import type { PowerPort } from '../platform/power-port';
import type { AsyncIdleSource } from '../platform/wayland-idle';
import type { NudgeWindowPort } from '../platform/windows-port';
import type { QuietGate } from '../quiet/quiet-gate';
import type { SittingConfig } from './sitting-config';

/** What the history keeps of sitting: bouts, breaks, and the fate of every nudge. */
export type SittingEvent =
  | { type: 'bout'; record: BoutRecord }
  | { type: 'break'; record: BreakRecord }
  | { type: 'nudge-answered'; answer: NudgeAnswer; heldFor: readonly SignalKind[] }
  /** A nudge left unanswered until the next one came, or until its bout ended. */
  | { type: 'nudge-ignored'; heldFor: readonly SignalKind[] };

/** A pause from the tray: for some minutes, or until tomorrow morning. */
export type PauseChoice = { minutes: number } | 'until-morning';

/** Sitting time and stand-up nudges: main's side of the tracker and the planner. */
export interface SittingService {
  /** The tray's line and icon as of now, and when they next change by themselves. */
  status(): SittingStatus;
  /**
   * Hears the status whenever what it shows changes: by itself, when the tray's rough line
   * changes (every 5 min at most), or each minute while a window watches minutes.
   */
  subscribe(listener: (status: SittingStatus) => void): Dispose;
  /** The nudge waiting for an answer, or null. */
  nudge(): NudgeSnapshot | null;
  subscribeNudge(listener: (nudge: NudgeSnapshot | null) => void): Dispose;
  /**
   * The user's answer to the nudge. "Stretch" opens the desk break even when the nudge is
   * already gone; a snooze or skip with no nudge waiting does nothing.
   * @throws Error when `minutes` is not one of the configured snooze choices.
   */
  answer(answer: NudgeAnswer): void;
  /** Pauses reminders; the sitting count freezes. @throws Error for a pause of no length. */
  pause(choice: PauseChoice): void;
  /** Ends a pause now. */
  resume(): void;
  /** A stretch routine was completed: the sitting bout starts again from zero. */
  routineCompleted(): void;
  /**
   * The quiet gate has fresh answers, or "In a meeting" changed: reads the idle time again (a
   * reading counted as sitting while the detectors were asked is decided on their answer) and
   * re-plans.
   */
  quietChanged(): void;
  /** Re-reads the config (settings changed). The running bout is kept. */
  reconfigure(): void;
  /**
   * A window that shows the whole-minute line opened (the status window): the status refreshes
   * each minute until the returned undo. With none open, only the tray's 5-minute steps wake main.
   */
  watchMinutes(): Dispose;
  /** Where the idle time is read from: the system's counter, or the desktop's idle monitor. */
  idleSource(): string;
  /** Stops the timer and the power subscription, and takes any nudge away. */
  dispose(): void;
}

export interface SittingServiceDeps {
  clock: Clock;
  timers: Timers;
  idle: IdlePort;
  /**
   * Desktop idle monitors (D-Bus) to try, best first, when the OS counter is found stuck at 0,
   * as it is under XWayland. @default none
   */
  idleSources?: readonly AsyncIdleSource[];
  power: PowerPort;
  notifier: NotifierPort;
  windows: NudgeWindowPort;
  getConfig: () => SittingConfig;
  /** Opens the desk break in the player ("Stretch now", or a click on the notification). */
  openDeskBreak: () => void;
  /** Hears that an idle sample showed fresh input (the morning offer waits for one). */
  onUserInput?: () => void;
  /** Whether the moment is right for a nudge (calls, presentations, do-not-disturb). @default always */
  quiet?: QuietGate;
  /** Hears finished bouts and breaks and what became of each nudge, for the history. */
  onEvent?: (event: SittingEvent) => void;
  /** @default the machine's local time zone */
  localTimeFrom?: LocalTimeFrom;
  /** @default "HH:mm" in the local time zone */
  formatTime?: (wallMs: number) => string;
  /** When "until tomorrow morning" ends. @default the next local `config.morningTime` */
  nextMorning?: (wallMs: number) => number;
  /** Where failures around the service (a listener, the notifier, a window) are logged. @default none */
  log?: LogPort;
}
