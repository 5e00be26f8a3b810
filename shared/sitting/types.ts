/**
 * A moment as both clocks saw it. Wall time (ms since the epoch) is for dates and display and
 * can jump; monotonic time (ms from an arbitrary origin) is for durations. Every tracker input
 * carries one, so the tracker never reads a global clock.
 */
export interface Instant {
  wall: number;
  mono: number;
}

/** Rules of the tracker. The defaults live in `defaultTrackerConfig`. */
export interface TrackerConfig {
  /** An absence at least this long ends the sitting bout. @default 300_000 (5 min) */
  naturalBreakMs: number;
  /** Wall and monotonic deltas may disagree by this much before it counts as a clock jump. @default 120_000 */
  clockJumpToleranceMs: number;
  /** Idle reading 0 for this long (monotonic) means idle detection is broken. @default 7_200_000 (2 h) */
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
  | { type: 'routine-completed'; at: Instant };

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
      why: BreakKind;
      /** Time the monotonic clock missed during this absence. */
      unseenMs: number;
    }
  | {
      kind: 'absent';
      locked: boolean;
      suspended: boolean;
      since: Instant;
      /** Time the monotonic clock missed while suspended (it stops during sleep on some OSes). */
      unseenMs: number;
      /** The bout that resumes if the absence stays shorter than a natural break. */
      pendingBout: OpenBout | null;
      why: BreakKind;
    };

/** Detects getSystemIdleTime stuck at 0 (some Wayland and Windows setups). */
export interface IdleStuckState {
  /** Start (monotonic) and length of the current run of zero readings. */
  zeroRunSinceMono: number | null;
  zeroRunSamples: number;
  stuck: boolean;
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
