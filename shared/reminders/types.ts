/** Local time as the user's clock shows it; supplied by the caller so the planner stays free of time zones. */
export interface LocalTime {
  /** 0 = Sunday ... 6 = Saturday. */
  dayOfWeek: number;
  /** Minutes since local midnight; fractions allowed. */
  minutesOfDay: number;
}

/** Converts wall ms to local time (the caller uses Intl, date-fns or a fixed zone in tests). */
export type LocalTimeFrom = (wallMs: number) => LocalTime;

/** Days and daily ranges ('HH:MM', end exclusive, not crossing midnight) when nudges may come. */
export interface WorkHours {
  days: readonly number[];
  ranges: readonly { start: string; end: string }[];
}

/** The user's reminder settings. */
export interface ReminderSettings {
  /** Sitting time that earns a nudge. @default 2_700_000 (45 min) */
  limitMs: number;
  /** The snooze choices; the shortest is also the repeat delay and the minimum gap between nudges. @default [5, 10, 20] min */
  snoozeOptionsMs: readonly number[];
  /** How many times an ignored nudge comes back before waiting a full limit. @default 3 */
  maxRepeats: number;
  /** No nudges outside these, when set. @default null (any time) */
  workHours: WorkHours | null;
}

/** A pause from the tray. Duration pauses run on monotonic time; "until morning" on the wall clock. */
export interface ActivePause {
  startMono: number;
  /** Where a pause for some minutes ends; null for "until tomorrow morning". */
  untilMono: number | null;
  untilWall: number;
  /**
   * It ends here (monotonic) at the latest, however the wall clock moves: for "until tomorrow
   * morning", 24 hours of real time after it began.
   */
  latestEndMono: number;
}

/** The planner's memory: what the user answered and when the last nudge came. Plain data. */
export interface ReminderState {
  pause: ActivePause | null;
  /** Recent finished pauses: their time is not sitting time (pausing freezes the count). */
  pastPauses: readonly { startMono: number; endMono: number }[];
  /** No nudge before this (snooze, skip, a stretch, a resume). */
  quietUntilMono: number | null;
  lastNudgeMono: number | null;
  /** Nudges shown since the user last answered one. */
  unanswered: number;
}

/** What the user asked for from the tray. */
export type PauseRequest =
  { kind: 'for'; ms: number } | { kind: 'until-morning'; untilWall: number };

/**
 * The next nudge, or why there is none. `recheckAtMono`: when the answer may change by itself
 * (null: only an event can change it).
 */
export type NudgePlan =
  | { kind: 'due'; dueAtMono: number; mode: 'sitting' | 'interval' }
  | {
      kind: 'blocked';
      blockedBy: 'paused';
      recheckAtMono: number;
      untilWall: number;
      untilMorning: boolean;
    }
  | { kind: 'blocked'; blockedBy: 'away'; recheckAtMono: null }
  | { kind: 'blocked'; blockedBy: 'outside-work-hours'; recheckAtMono: number | null };
