import { addBreak } from './recent-bouts';
import { closeBout, freshBout } from './bouts';
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
  const flags = { locked: what === 'lock', suspended: what === 'suspend' };
  if (p.kind === 'absent') {
    return {
      ...state,
      presence: {
        ...p,
        locked: p.locked || flags.locked,
        suspended: p.suspended || flags.suspended,
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
