import { beginAbsence, endAbsence, endLockOnInput } from './absence';
import type { ClockGap } from './clock-check';
import { compareClocks } from './clock-check';
import { freshIdleStuck, noteIdleReading } from './idle-stuck';
import { completeRoutine, sampleAtDesk, sampleWhileAway, unobservedGap } from './presence';
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
 * Time the monotonic clock missed between two stamps: the machine slept. A clock that counts
 * suspended time (`boot`) measures it, and then a wall clock set forward by hand, while the user
 * kept working, is no sleep at all. Without one, a wall clock that ran ahead is the only sign,
 * and a sleep cannot be told from a clock set forward: both count as time nobody saw.
 */
function missedMs(previous: Instant, at: Instant, gap: ClockGap, config: TrackerConfig): number {
  if (previous.boot !== undefined && at.boot !== undefined) {
    const slept = at.boot - previous.boot - gap.monoDeltaMs;
    return slept > config.clockJumpToleranceMs ? slept : 0;
  }
  return gap.jumped && gap.skewMs > 0 ? gap.skewMs : 0;
}

/**
 * Accounts for the time since the previous input. Time the monotonic clock missed (an
 * unreported sleep) or a silence longer than our sampling ever leaves at the desk is time nobody
 * saw: it counts as an absence. A wall clock set back, or set forward where the boot clock shows
 * no sleep, is only recorded: bouts are measured in monotonic time, so it cannot change them.
 */
function accountForGap(state: TrackerState, at: Instant, config: TrackerConfig): TrackerState {
  const gap = compareClocks(state.last, at, config.clockJumpToleranceMs);
  let next: TrackerState = gap.jumped
    ? { ...state, lastClockJump: { skewMs: gap.skewMs, atMono: at.mono } }
    : state;
  const p = state.presence;
  const missed = missedMs(state.last, at, gap, config);
  // Away already: time the monotonic clock missed (a reported sleep, mostly) lengthens the break.
  if (p.kind !== 'desk') return missed > 0 ? unobservedGap(next, at, missed, config) : next;
  const silentTooLong = gap.monoDeltaMs > config.naturalBreakMs + config.clockJumpToleranceMs;
  const bigLeap = missed >= config.naturalBreakMs;
  if (silentTooLong || bigLeap) next = unobservedGap(next, at, missed, config);
  return next;
}

function applyIdleSample(
  state: TrackerState,
  at: Instant,
  idleS: number,
  config: TrackerConfig,
): TrackerState {
  const locked = state.presence.kind === 'absent' && state.presence.locked;
  const idle = noteIdleReading(state.idle, idleS, at.mono, locked, config);
  let next: TrackerState = { ...state, idle };
  // A reading stuck high says nothing of the user: read as present, as one stuck at 0 reads,
  // so nudges come at plain intervals instead of never.
  const reading = idle.stuck === 'high' ? 0 : idleS;
  // A reading means the process runs: a suspend without its resume has ended.
  if (next.presence.kind === 'absent' && next.presence.suspended) {
    next = endAbsence(next, next.presence, at, 'suspend', config);
  }
  next = endLockOnInput(next, at, reading, config);
  const p = next.presence;
  if (p.kind === 'desk') return sampleAtDesk(next, p, at, reading, config);
  if (p.kind === 'away') return sampleWhileAway(next, p, at, reading, config);
  return next; // Locked, with no input since: away whatever the reading says.
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
    case 'idle-stuck':
      // The next reading above 0 proves it live again, as with the two-hour rule.
      return { ...next, idle: { ...next.idle, stuck: next.idle.stuck ?? 'zero' } };
  }
}
