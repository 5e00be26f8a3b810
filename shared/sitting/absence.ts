import { closeBout, freshBout } from './bouts';
import { wallAt } from './clock-check';
import { addBreak } from './recent-bouts';
import type { Instant, Presence, TrackerConfig, TrackerState } from './types';

/** Locks and sleeps: absences the OS announces, which end the bout only if they last. */

type Absent = Extract<Presence, { kind: 'absent' }>;

/** How long a lock or suspension has lasted, including time the monotonic clock missed. */
export function absenceMs(presence: Absent, atMono: number): number {
  return Math.max(0, atMono - presence.since.mono) + presence.unseenMs;
}

/** Lock or suspend begins (or adds to an absence already under way). */
export function beginAbsence(
  state: TrackerState,
  at: Instant,
  what: 'lock' | 'suspend',
): TrackerState {
  const p = state.presence;
  const flags = {
    locked: what === 'lock',
    suspended: what === 'suspend',
    lockedAtMono: what === 'lock' ? at.mono : null,
  };
  if (p.kind === 'absent') {
    return {
      ...state,
      presence: {
        ...p,
        locked: p.locked || flags.locked,
        suspended: p.suspended || flags.suspended,
        lockedAtMono: p.lockedAtMono ?? flags.lockedAtMono,
      },
    };
  }
  if (p.kind === 'desk') {
    const pendingBout = { startMono: p.startMono, lastInputMono: p.lastInputMono };
    return {
      ...state,
      presence: { kind: 'absent', ...flags, since: at, unseenMs: 0, pendingBout, why: what },
    };
  }
  const since = { mono: p.sinceMono, wall: p.sinceWall };
  return {
    ...state,
    presence: {
      kind: 'absent',
      ...flags,
      since,
      unseenMs: p.unseenMs,
      pendingBout: null,
      why: p.why,
    },
  };
}

/**
 * Unlock or resume. Once neither holds, the user is back: a short absence counts as a pause in
 * the same bout; one of a natural break or more ended the bout where it began.
 */
export function endAbsence(
  state: TrackerState,
  p: Absent,
  at: Instant,
  what: 'lock' | 'suspend',
  config: TrackerConfig,
): TrackerState {
  const rest = {
    ...p,
    locked: what === 'lock' ? false : p.locked,
    suspended: what === 'suspend' ? false : p.suspended,
    lockedAtMono: what === 'lock' ? null : p.lockedAtMono,
  };
  if (rest.locked || rest.suspended) return { ...state, presence: rest };
  const lengthMs = absenceMs(p, at.mono);
  if (p.pendingBout && lengthMs < config.naturalBreakMs) {
    return {
      ...state,
      presence: { kind: 'desk', startMono: p.pendingBout.startMono, lastInputMono: at.mono },
    };
  }
  let history = state.history;
  if (p.pendingBout) {
    const endedBy = p.why === 'idle' ? 'break' : p.why;
    history = closeBout(
      { ...state, history },
      p.pendingBout,
      p.since.mono,
      p.since.wall,
      endedBy,
      config,
    );
  }
  history = addBreak(history, p.since.wall, lengthMs, p.why, config.historyLimit);
  return { ...state, history, presence: freshBout(at) };
}

/**
 * Input after the screen locked means the user is back, unlock event or not: some desktops
 * never send one, which would leave the user away forever. The keystroke that locked the screen
 * is not a return, and a counter that may be broken proves nothing: a reading of 0 (a counter
 * stuck at 0 reads that too) or any reading while idle detection is stuck.
 */
export function endLockOnInput(
  state: TrackerState,
  at: Instant,
  idleS: number,
  config: TrackerConfig,
): TrackerState {
  const p = state.presence;
  if (p.kind !== 'absent' || !p.locked || p.lockedAtMono === null) return state;
  if (idleS <= 0 || state.idle.stuck !== null) return state;
  const inputMono = at.mono - idleS * 1000;
  if (inputMono <= p.lockedAtMono + LOCKING_INPUT_MS) return state;
  const back: Instant = { mono: inputMono, wall: wallAt(at, inputMono) };
  return endAbsence(state, p, back, 'lock', config);
}

/** Input this soon after the lock is the locking itself (Win+L, a key released late). */
const LOCKING_INPUT_MS = 5_000;
