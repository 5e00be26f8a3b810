import { compareClocks } from './clock-check';
import { freshIdleStuck, noteIdleReading } from './idle-stuck';
import { completeRoutine, sampleAtDesk, sampleWhileAway, unobservedGap } from './presence';
import { beginAbsence, endAbsence } from './absence';
import type { Instant, TrackerConfig, TrackerEvent, TrackerState } from './types';

export { defaultTrackerConfig } from './config';
export { trackerView } from './view';

/**
 * The tracker starts with the user at the desk: the app starts when someone is at the computer.
 * If nobody is, the first idle reading past a natural break says so and the bout is empty.
 */
export function initialTracker(at: Instant): TrackerState {
  return {
    last: at,
    presence: { kind: 'desk', startMono: at.mono, lastInputMono: at.mono },
    idle: freshIdleStuck,
    lastClockJump: null,
    history: { bouts: [], breaks: [] },
  };
}

/**
 * Accounts for the time since the previous input. A wall clock that ran ahead of the monotonic
 * one (stopped during an unreported sleep, or set forward) or a silence longer than our sampling
 * ever leaves at the desk is time nobody saw: it counts as an absence. A wall clock set back is
 * only recorded: bouts are measured in monotonic time, so it cannot shrink or inflate them.
 */
function accountForGap(state: TrackerState, at: Instant, config: TrackerConfig): TrackerState {
  const gap = compareClocks(state.last, at, config.clockJumpToleranceMs);
  let next: TrackerState = gap.jumped
    ? { ...state, lastClockJump: { skewMs: gap.skewMs, atMono: at.mono } }
    : state;
  const p = state.presence;
  const wallRanAhead = gap.jumped && gap.skewMs > 0;
  // Away already: time the monotonic clock missed (a reported sleep, mostly) lengthens the break.
  if (p.kind !== 'desk') return wallRanAhead ? unobservedGap(next, at, gap.skewMs, config) : next;
  const silentTooLong = gap.monoDeltaMs > config.naturalBreakMs + config.clockJumpToleranceMs;
  const bigLeap = wallRanAhead && gap.skewMs >= config.naturalBreakMs;
  if (silentTooLong || bigLeap) next = unobservedGap(next, at, Math.max(0, gap.skewMs), config);
  return next;
}

function applyIdleSample(
  state: TrackerState,
  at: Instant,
  idleS: number,
  config: TrackerConfig,
): TrackerState {
  let next: TrackerState = { ...state, idle: noteIdleReading(state.idle, idleS, at.mono, config) };
  // A reading means the process runs: a suspend without its resume has ended.
  if (next.presence.kind === 'absent' && next.presence.suspended) {
    next = endAbsence(next, next.presence, at, 'suspend', config);
  }
  const p = next.presence;
  if (p.kind === 'desk') return sampleAtDesk(next, p, at, idleS, config);
  if (p.kind === 'away') return sampleWhileAway(next, p, at, idleS, config);
  return next; // Locked: away whatever the reading says, until unlock.
}

/**
 * The tracker's reducer: one event in, the next state out. Events must arrive in monotonic
 * order; a stale one is ignored rather than allowed to move time backwards. Drive the idle
 * samples by `nextSampleAt`: at the desk, a silence longer than a natural break plus the
 * jump tolerance is read as time the machine was not running.
 */
export function applyEvent(
  state: TrackerState,
  event: TrackerEvent,
  config: TrackerConfig,
): TrackerState {
  const at = event.at;
  if (at.mono < state.last.mono) return state;
  const next = { ...accountForGap(state, at, config), last: at };
  const p = next.presence;
  switch (event.type) {
    case 'idle-sample':
      return applyIdleSample(next, at, event.idleS, config);
    case 'lock':
    case 'suspend':
      return beginAbsence(next, at, event.type);
    case 'unlock':
      return p.kind === 'absent' && p.locked ? endAbsence(next, p, at, 'lock', config) : next;
    case 'resume':
      return p.kind === 'absent' && p.suspended ? endAbsence(next, p, at, 'suspend', config) : next;
    case 'routine-completed':
      return completeRoutine(next, at, config);
  }
}
