import { closeBout, freshBout } from './bouts';
import { wallAt } from './clock-check';
import { addBreak } from './recent-bouts';
import { defaultSamplingConfig } from './sampling';
import type { Instant, OpenBout, Presence, TrackerConfig, TrackerState } from './types';

/**
 * Presence transitions driven by idle readings, routines and unseen time. Each takes the state
 * and the event's stamp and returns the new state, recording finished bouts and breaks.
 */

/** idleS is whole seconds, so the derived last-input time wobbles by up to this much. */
const IDLE_ROUNDING_MS = 1_000;
/** How far before the input seen a return may count: the sampler's look while away. */
const RETURN_SLACK_MS = defaultSamplingConfig.awaySampleMs;

/** An idle reading at the desk: still sitting (short pauses count) or gone since the last input. */
export function sampleAtDesk(
  state: TrackerState,
  desk: OpenBout,
  at: Instant,
  idleS: number,
  config: TrackerConfig,
): TrackerState {
  const lastInput = Math.max(Math.min(at.mono, at.mono - idleS * 1000), desk.lastInputMono);
  if (at.mono - lastInput < config.naturalBreakMs) {
    return {
      ...state,
      presence: { kind: 'desk', startMono: desk.startMono, lastInputMono: lastInput },
    };
  }
  const leftMono = Math.max(lastInput, desk.startMono);
  const leftWall = wallAt(at, leftMono);
  return {
    ...state,
    history: closeBout(state, desk, leftMono, leftWall, 'break', config),
    presence: {
      kind: 'away',
      sinceMono: leftMono,
      sinceWall: leftWall,
      lastInputMono: lastInput,
      checkedMono: at.mono,
      why: 'idle',
      unseenMs: 0,
    },
  };
}

/** An idle reading while away: new input since the absence began means the user is back. */
export function sampleWhileAway(
  state: TrackerState,
  away: Extract<Presence, { kind: 'away' }>,
  at: Instant,
  idleS: number,
  config: TrackerConfig,
): TrackerState {
  const lastInput = Math.min(at.mono, at.mono - idleS * 1000);
  const isNewInput = lastInput > away.lastInputMono + IDLE_ROUNDING_MS;
  if (!isNewInput || at.mono - lastInput >= config.naturalBreakMs) {
    const lastInputMono = Math.max(away.lastInputMono, lastInput);
    return { ...state, presence: { ...away, lastInputMono, checkedMono: at.mono } };
  }
  // The idle counter tells the last input, not the first: someone back at work since just after
  // the previous reading reads about 0 now. So the bout starts just after that reading, the
  // earliest they can have come back: sampled sparsely, a nudge may come a little early, never
  // late, and the break still counts (that reading found them away for a natural break). A
  // reading long overdue (a timer held up) moves it back by one sampling interval at most.
  const earliest = Math.max(away.checkedMono, lastInput - RETURN_SLACK_MS);
  const backMono = Math.max(away.sinceMono, Math.min(lastInput, earliest));
  return {
    ...state,
    history: addBreak(
      state.history,
      away.sinceWall,
      backMono - away.sinceMono + away.unseenMs,
      away.why,
      config.historyLimit,
    ),
    presence: { kind: 'desk', startMono: backMono, lastInputMono: Math.max(backMono, lastInput) },
  };
}

/** A completed stretch routine: the bout resets, the user is at the desk from now. */
export function completeRoutine(
  state: TrackerState,
  at: Instant,
  config: TrackerConfig,
): TrackerState {
  const p = state.presence;
  if (p.kind === 'absent') return { ...state, presence: { ...p, pendingBout: null } };
  if (p.kind === 'desk') {
    const history = closeBout(state, p, at.mono, at.wall, 'stretch', config);
    return { ...state, history, presence: freshBout(at) };
  }
  const awayMs = at.mono - p.sinceMono + p.unseenMs;
  const history = addBreak(state.history, p.sinceWall, awayMs, p.why, config.historyLimit);
  return { ...state, history, presence: freshBout(at) };
}

/**
 * A stretch of time nobody reported (the machine slept without a suspend event, or the wall
 * clock leapt forward): nothing proves the user sat through it, so it ends the bout at the last
 * input we saw. Counting it as an absence can only delay a nudge, never inflate a bout.
 */
export function unobservedGap(
  state: TrackerState,
  at: Instant,
  unseenMs: number,
  config: TrackerConfig,
): TrackerState {
  const p = state.presence;
  if (p.kind === 'absent') return { ...state, presence: { ...p, unseenMs: p.unseenMs + unseenMs } };
  if (p.kind === 'away') return { ...state, presence: { ...p, unseenMs: p.unseenMs + unseenMs } };
  const leftMono = p.lastInputMono;
  const leftWall = wallAt(state.last, leftMono);
  // The next idle reading decides whether they are back (input since leftMono) or still away.
  return {
    ...state,
    history: closeBout(state, p, leftMono, leftWall, 'unobserved', config),
    presence: {
      kind: 'away',
      sinceMono: leftMono,
      sinceWall: leftWall,
      lastInputMono: leftMono,
      // Nobody could have come back while the machine was not running.
      checkedMono: at.mono,
      why: 'unobserved',
      unseenMs,
    },
  };
}
