/**
 * Spots an OS idle counter stuck at 0 sooner than the tracker's two-hour rule (idle-stuck.ts),
 * without mistaking a busy typist for a broken counter.
 *
 * Why two hours there: at the desk a reading of 0 means "input within the last second", which a
 * fast typist produces often, so zeros alone prove little and only a long run of them is
 * convincing. Sooner proof needs a reading that contradicts what else we know. We know when the
 * screen is locked: the desk is out of reach, so a live counter grows. A 0 read while locked
 * claims input that could only have come from the lock screen, and input at a lock screen ends
 * in an unlock within seconds (the password). So:
 *
 * - A 0 read while the screen has been locked for `lockGraceMs` (not the Win+L keystroke itself,
 *   nor the key that woke the machine: a resume restarts that grace) is a suspect.
 * - A suspect is confirmed as a contradiction once the lock is still held `confirmMs` after it
 *   (at a later reading, or at the unlock). Typing the password is over long before that, so
 *   a live counter almost never produces one; waking the lock screen and walking off can, once.
 * - Stuck: two contradictions in one run of zeros, or one and a run of zeros of `confirmRunMs`.
 *   With the sampler reading about once a minute while locked, a broken counter is flagged about
 *   three minutes into the first lock of the day instead of two hours in.
 * - Any reading above 0 proves the counter works: everything starts over.
 *
 * A suspend on its own proves nothing (the key that wakes the machine is input, and nothing is
 * read while asleep); a suspend while locked is covered because the lock screen stays up after
 * the resume. A long stretch of typing or reading with the screen unlocked never gets flagged
 * here however many zeros it reads: it has no contradiction.
 */
export interface EarlyStuckConfig {
  /** A lock younger than this may still be the keystroke that locked it. @default 30_000 */
  lockGraceMs: number;
  /** A suspect counts once the lock outlives it by this much. @default 60_000 */
  confirmMs: number;
  /** One contradiction plus an unbroken run of zeros this long is enough. @default 1_800_000 */
  confirmRunMs: number;
}

export const defaultEarlyStuckConfig: EarlyStuckConfig = {
  lockGraceMs: 30_000,
  confirmMs: 60_000,
  confirmRunMs: 30 * 60_000,
};

export interface EarlyStuckState {
  /** Since when (monotonic) every reading was 0; null after a reading above 0. */
  zeroRunSinceMono: number | null;
  /** Zeros read under a lock and confirmed by the lock lasting on, in this run. */
  contradictions: number;
  /** A zero read under a lock, waiting to see whether the lock outlives it. */
  suspectAtMono: number | null;
  /** When the lock screen last came up fresh (locked, or resumed while locked); null: unlocked. */
  lockedSinceMono: number | null;
  stuck: boolean;
}

export const freshEarlyStuck: EarlyStuckState = {
  zeroRunSinceMono: null,
  contradictions: 0,
  suspectAtMono: null,
  lockedSinceMono: null,
  stuck: false,
};

/** What the detector is told: each idle reading, and the OS's lock and sleep events. */
export type IdleObservation =
  | { type: 'reading'; atMono: number; idleS: number }
  | { type: 'lock' | 'unlock' | 'suspend' | 'resume'; atMono: number };

export function observeIdle(
  state: EarlyStuckState,
  event: IdleObservation,
  config: EarlyStuckConfig = defaultEarlyStuckConfig,
): EarlyStuckState {
  switch (event.type) {
    case 'lock':
      return state.lockedSinceMono === null ? { ...state, lockedSinceMono: event.atMono } : state;
    case 'unlock': {
      const next = confirmSuspect(state, event.atMono, config);
      return judge({ ...next, suspectAtMono: null, lockedSinceMono: null }, event.atMono, config);
    }
    case 'resume':
      // The key that woke the machine is input: a fresh lock screen, a fresh grace.
      return state.lockedSinceMono === null ? state : { ...state, lockedSinceMono: event.atMono };
    case 'suspend':
      return state;
    case 'reading':
      return noteReading(state, event.atMono, event.idleS, config);
  }
}

function noteReading(
  state: EarlyStuckState,
  atMono: number,
  idleS: number,
  config: EarlyStuckConfig,
): EarlyStuckState {
  // A broken reading (NaN, negative) is read as 0, as the sitting service does.
  if (Number.isFinite(idleS) && idleS > 0) {
    return { ...freshEarlyStuck, lockedSinceMono: state.lockedSinceMono };
  }
  let next = confirmSuspect(state, atMono, config);
  next = { ...next, zeroRunSinceMono: next.zeroRunSinceMono ?? atMono };
  const locked = next.lockedSinceMono;
  if (locked !== null && atMono - locked >= config.lockGraceMs && next.suspectAtMono === null) {
    next = { ...next, suspectAtMono: atMono };
  }
  return judge(next, atMono, config);
}

/** The lock outlived the suspect zero by `confirmMs`: no password takes that long. */
function confirmSuspect(
  state: EarlyStuckState,
  atMono: number,
  config: EarlyStuckConfig,
): EarlyStuckState {
  const suspect = state.suspectAtMono;
  if (suspect === null || state.lockedSinceMono === null) return state;
  if (atMono - suspect < config.confirmMs) return state;
  return { ...state, contradictions: state.contradictions + 1, suspectAtMono: null };
}

function judge(state: EarlyStuckState, atMono: number, config: EarlyStuckConfig): EarlyStuckState {
  if (state.stuck) return state;
  const run = state.zeroRunSinceMono === null ? 0 : atMono - state.zeroRunSinceMono;
  const stuck =
    state.contradictions >= 2 || (state.contradictions >= 1 && run >= config.confirmRunMs);
  return stuck ? { ...state, stuck } : state;
}
