/**
 * A moment as both clocks saw it. Wall time (ms since the epoch) is for dates and display and
 * can jump; monotonic time (ms from an arbitrary origin) is for durations. Every tracker input
 * carries one, so the tracker never reads a global clock.
 */
export interface Instant {
  wall: number;
  mono: number;
  /**
   * Time since boot, counting suspended time (Clock.sinceBoot), where the platform has one.
   * Monotonic time stops in sleep and wall time can be set by hand; this tells the two apart.
   */
  boot?: number;
}

/** Rules of the tracker. The defaults live in `defaultTrackerConfig`. */
export interface TrackerConfig {
  /** An absence at least this long ends the sitting bout. @default 300_000 (5 min) */
  naturalBreakMs: number;
  /** Wall and monotonic deltas may disagree by this much before it counts as a clock jump. @default 120_000 */
  clockJumpToleranceMs: number;
  /**
   * Idle readings stuck at 0, or stuck high (not growing with the clock while unlocked), for
   * this long (monotonic) mean idle detection is broken. @default 7_200_000 (2 h)
   */
  stuckIdleAfterMs: number;
  /** ...and over at least this many samples. @default 12 */
  stuckIdleMinSamples: number;
  /** How many bouts and breaks the history keeps. @default 50 */
  historyLimit: number;
}

/** What the OS and the app tell the tracker. */
export type TrackerEvent =
  /** `idleS`: seconds since the last keyboard or mouse input (powerMonitor.getSystemIdleTime). */
  | { type: 'idle-sample'; at: Instant; idleS: number }
  | { type: 'suspend' | 'resume' | 'lock' | 'unlock'; at: Instant }
  | { type: 'routine-completed'; at: Instant }
  /** Another check proved the idle counter stuck at 0 (idle-watch.ts): intervals from now. */
  | { type: 'idle-stuck'; at: Instant };

/** Why a bout ended. 'unobserved': a gap the OS never reported (missed resume, clock jump). */
export type BoutEnd = 'break' | 'lock' | 'suspend' | 'stretch' | 'unobserved';

/** Why the user was away. */
export type BreakKind = 'idle' | 'lock' | 'suspend' | 'unobserved';

/** A finished sitting bout. Wall times are as the clock read when it was recorded. */
export interface BoutRecord {
  startedAtWall: number;
  lengthMs: number;
  endedBy: BoutEnd;
}

/** A finished absence from the desk. */
export interface BreakRecord {
  startedAtWall: number;
  lengthMs: number;
  kind: BreakKind;
}

/** A sitting bout in progress, in monotonic time. */
export interface OpenBout {
  startMono: number;
  /** Last input we know of; never before `startMono`. */
  lastInputMono: number;
}

/**
 * Where the user is. 'desk': a bout is running. 'away': idle for a natural break or more.
 * 'absent': locked or suspended; the bout survives if the absence stays short.
 */
export type Presence =
  | ({ kind: 'desk' } & OpenBout)
  | {
      kind: 'away';
      sinceMono: number;
      sinceWall: number;
      lastInputMono: number;
      /**
       * The last reading that still found them away. Input seen later came after it, at the
       * earliest just after: the return counts from here, so the bout after it is never short.
       */
      checkedMono: number;
      why: BreakKind;
      /** Time the monotonic clock missed during this absence. */
      unseenMs: number;
    }
  | {
      kind: 'absent';
      locked: boolean;
      suspended: boolean;
      since: Instant;
      /** When the screen locked (monotonic), while it is locked: input after it ends the lock. */
      lockedAtMono: number | null;
      /** Time the monotonic clock missed while suspended (it stops during sleep on some OSes). */
      unseenMs: number;
      /** The bout that resumes if the absence stays shorter than a natural break. */
      pendingBout: OpenBout | null;
      why: BreakKind;
    };

/** A run of suspicious idle readings: since when (monotonic) and how many. */
export interface IdleRun {
  sinceMono: number;
  samples: number;
}

/**
 * Detects getSystemIdleTime stuck at 0 (some Wayland and Windows setups) or stuck high (it
 * stops following the clock and never comes down again).
 */
export interface IdleStuckState {
  /** The current run of zero readings. */
  zeroRun: IdleRun | null;
  /** The current run of high readings that did not grow with the clock while unlocked. */
  highRun: IdleRun | null;
  /** The previous reading, to tell a counter that grows with the clock from a frozen one. */
  previous: { idleS: number; atMono: number } | null;
  /** Which way it is stuck, or null while the readings look live. */
  stuck: 'zero' | 'high' | null;
}

/** The tracker's whole state. Plain data: serialisable, compared in tests. */
export interface TrackerState {
  /** The latest input's stamp, to compare wall and monotonic deltas with the next one. */
  last: Instant;
  presence: Presence;
  idle: IdleStuckState;
  lastClockJump: { skewMs: number; atMono: number } | null;
  history: { bouts: BoutRecord[]; breaks: BreakRecord[] };
}

/** What the rest of the app reads from the tracker. */
export interface TrackerView {
  /** The running bout, or null while away. `startedAtWall` is as the wall clock reads now. */
  bout: { startedAtWall: number; startedAtMono: number; lengthMs: number } | null;
  away: boolean;
  lastInputMono: number | null;
  history: { bouts: readonly BoutRecord[]; breaks: readonly BreakRecord[] };
  idleDetection: 'ok' | 'stuck';
  /** Wall minus monotonic drift of the latest clock jump (+ forward), so schedules can re-arm. */
  lastClockJumpMs: number | null;
  lastClockJumpAtMono: number | null;
}
