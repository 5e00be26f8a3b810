import type { RoutineId } from '@shared/content/types';
import type { MorningRecord, OfferKind } from '@shared/morning/types';
import type { Dispose } from '@shared/time/clock';

/**
 * What the morning service needs from the app, as small ports: main backs them with
 * node-schedule, a JSON file and its windows; tests pass fakes.
 */

/**
 * Wakes the app at a wall-clock instant. Only a reason to look: it may fire late, several times,
 * or not at all (asleep, a clock change), and the service decides from the clock each time.
 */
export interface Scheduler {
  /** Calls `callback` at or after `wallMs` (soon, for an instant already past). */
  scheduleAt(wallMs: number, callback: () => void): Dispose;
}

/**
 * Where the last offered day and a pending "Later" survive a restart. Main backs it with
 * electron-store or a small JSON file (parse what it reads with `parseMorningRecord`).
 */
export interface LastOfferedStore {
  read(): MorningRecord;
  write(record: MorningRecord): void;
}

/** One morning offer as the user sees it. */
export interface MorningOffer {
  kind: OfferKind;
  /** The routine "Start" plays: the one chosen for mornings when the offer was made. */
  routineId: RoutineId;
  title: string;
  body: string;
}

/**
 * Puts an offer in front of the user: a notification with `title` and `body`, and the small
 * prompt window with Start, Later and Not today, shown without taking focus. Main wires the
 * buttons to `answer()`, and a click on the notification to `answer('start')`.
 */
export interface MorningPrompt {
  /** Shows `offer`, replacing one still on screen. */
  show(offer: MorningOffer): void;
  /** Takes the notification and the prompt window away, if shown. */
  close(): void;
}

/** Whether the user is busy right now (in a meeting, presenting): an offer waits until not. */
export interface BusyCheck {
  isBusy(): boolean;
}
