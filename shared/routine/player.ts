import type { PlayerSnapshot } from './snapshot-schema';
import { stepIndexAt } from './step-at';
import type { PlayerState, RoutineOutcome, Timeline } from './types';

/**
 * The routine player as pure functions of state and a monotonic `now` (ms). Nothing here counts
 * ticks: a running player stores where it was at `anchorAt`, and every reading is computed from
 * the time since then, so a late, throttled or skipped redraw never makes the countdown drift.
 */

/** Going back this far or less from within a step goes to the previous step instead. */
const SKIP_BACK_GRACE_MS = 3000;

/** A new player, running from the start. */
export function startPlayer(now: number): PlayerState {
  return { status: 'running', positionMs: 0, activeMs: 0, anchorAt: now };
}

/** Time since the anchor; a clock read earlier than the anchor counts as none, never negative. */
const sinceAnchor = (state: PlayerState, now: number): number =>
  state.status === 'running' ? Math.max(0, now - state.anchorAt) : 0;

/** Timeline position at `now` (not clamped to the end: see `settle`). */
export function positionAt(state: PlayerState, now: number): number {
  return state.positionMs + sinceAnchor(state, now);
}

/** Active (unpaused) time at `now`. Skips don't change it. */
export function activeAt(state: PlayerState, now: number): number {
  return state.activeMs + sinceAnchor(state, now);
}

/** Freezes a running player; anything else is returned unchanged. */
export function pausePlayer(state: PlayerState, now: number): PlayerState {
  if (state.status !== 'running') return state;
  return { status: 'paused', positionMs: positionAt(state, now), activeMs: activeAt(state, now) };
}

/** Restarts the clock of a paused player; anything else is returned unchanged. */
export function resumePlayer(state: PlayerState, now: number): PlayerState {
  if (state.status !== 'paused') return state;
  return {
    status: 'running',
    positionMs: state.positionMs,
    activeMs: state.activeMs,
    anchorAt: now,
  };
}

/** Moves to `positionMs`, keeping the status and the active time. */
function seek(state: PlayerState, positionMs: number, now: number): PlayerState {
  if (state.status === 'running') {
    // max(): a clock read before the anchor must not let time already counted be counted again.
    const anchorAt = Math.max(now, state.anchorAt);
    return { status: 'running', positionMs, activeMs: activeAt(state, now), anchorAt };
  }
  if (state.status === 'paused') return { ...state, positionMs };
  return state;
}

function finish(
  timeline: Timeline,
  state: PlayerState,
  now: number,
  outcome: RoutineOutcome,
): PlayerState {
  return {
    status: 'finished',
    positionMs: timeline.totalMs,
    activeMs: activeWithinTimeline(timeline, state, now),
    outcome,
  };
}

/** To the start of the next step; from the last step, the routine is completed. */
export function skipForward(timeline: Timeline, state: PlayerState, now: number): PlayerState {
  if (state.status === 'finished') return state;
  const position = positionAt(state, now);
  const next = timeline.steps[stepIndexAt(timeline, position) + 1];
  if (next === undefined || position >= timeline.totalMs) {
    return finish(timeline, state, now, 'completed');
  }
  return seek(state, next.startMs, now);
}

/**
 * Back to the start of the current step when more than 3 s into it (like a music player's
 * "previous"), else to the previous step's start; on the first step, to 0.
 */
export function skipBack(timeline: Timeline, state: PlayerState, now: number): PlayerState {
  if (state.status === 'finished') return state;
  const position = Math.min(positionAt(state, now), timeline.totalMs);
  const index = stepIndexAt(timeline, position);
  const current = timeline.steps[index];
  if (current === undefined) return state;
  if (position - current.startMs > SKIP_BACK_GRACE_MS) return seek(state, current.startMs, now);
  return seek(state, timeline.steps[index - 1]?.startMs ?? 0, now);
}

/**
 * To the setup of the current stretch. A rest belongs to the stretch before it, so restarting
 * during a rest repeats the stretch just done.
 */
export function restartStretch(timeline: Timeline, state: PlayerState, now: number): PlayerState {
  if (state.status === 'finished') return state;
  const position = Math.min(positionAt(state, now), timeline.totalMs);
  const current = timeline.steps[stepIndexAt(timeline, position)];
  if (current === undefined) return state;
  const first = timeline.steps.find((step) => step.stretchIndex === current.stretchIndex);
  return seek(state, first?.startMs ?? current.startMs, now);
}

/** Stops the routine before its end. A finished player stays as it is. */
export function endEarly(state: PlayerState, now: number): PlayerState {
  if (state.status === 'finished') return state;
  return {
    status: 'finished',
    positionMs: positionAt(state, now),
    activeMs: activeAt(state, now),
    outcome: 'ended-early',
  };
}

/**
 * Marks a running player that has reached the end as completed. Active time stops at the moment
 * the end was reached, so settling late gives the same result as settling on time.
 */
export function settle(timeline: Timeline, state: PlayerState, now: number): PlayerState {
  if (state.status !== 'running' || positionAt(state, now) < timeline.totalMs) return state;
  return finish(timeline, state, now, 'completed');
}

/** When a running player reaches the end, on the monotonic clock: the deadline to arm a timer for. */
export function finishesAt(timeline: Timeline, state: PlayerState): number | undefined {
  if (state.status !== 'running') return undefined;
  return state.anchorAt + Math.max(0, timeline.totalMs - state.positionMs);
}

/**
 * Active time at `now`, not counting time spent past the end: a player left running (or paused,
 * or ended) after the end without being settled reads the same as one settled on time.
 */
export function activeWithinTimeline(timeline: Timeline, state: PlayerState, now: number): number {
  const overshoot = Math.max(0, positionAt(state, now) - timeline.totalMs);
  return Math.max(0, activeAt(state, now) - overshoot);
}

/** The player measured at `now`, ready to cross a process boundary. */
export function snapshotFrom(timeline: Timeline, state: PlayerState, now: number): PlayerSnapshot {
  const snapshot: PlayerSnapshot = {
    status: state.status,
    positionMs: Math.min(positionAt(state, now), timeline.totalMs),
    activeMs: activeWithinTimeline(timeline, state, now),
  };
  if (state.status === 'finished') snapshot.outcome = state.outcome;
  return snapshot;
}

/**
 * A snapshot back into state, re-anchored on the receiver's clock at `now`. A finished snapshot
 * without an outcome counts as ended early: never credit a completion nobody recorded.
 */
export function fromSnapshot(snapshot: PlayerSnapshot, now: number): PlayerState {
  const { positionMs, activeMs } = snapshot;
  switch (snapshot.status) {
    case 'running':
      return { status: 'running', positionMs, activeMs, anchorAt: now };
    case 'paused':
      return { status: 'paused', positionMs, activeMs };
    case 'finished':
      return {
        status: 'finished',
        positionMs,
        activeMs,
        outcome: snapshot.outcome ?? 'ended-early',
      };
  }
}
