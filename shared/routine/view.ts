import { activeWithinTimeline, positionAt } from './player';
import { stepIndexAt } from './step-at';
import type { PlayerState, PlayerView, Timeline, TimelineStep } from './types';

/**
 * What the player shows at `now`: a pure function of timeline, state and time, so a redraw can
 * happen whenever it likes (or be skipped) without changing what the next one shows.
 * At or past the end, the current step is the last one with nothing remaining.
 */
export function playerView(timeline: Timeline, state: PlayerState, now: number): PlayerView {
  const positionMs = Math.min(positionAt(state, now), timeline.totalMs);
  const index = stepIndexAt(timeline, positionMs);
  const step = timeline.steps[index];
  const view: PlayerView = {
    status: state.status,
    step,
    nextStep: timeline.steps[index + 1],
    stepRemainingMs: step ? Math.max(0, step.startMs + step.durationMs - positionMs) : 0,
    totalRemainingMs: timeline.totalMs - positionMs,
    positionMs,
    activeMs: activeWithinTimeline(timeline, state, now),
    stretchNumber: step ? step.stretchIndex + 1 : 0,
    stretchCount: timeline.stretchIds.length,
  };
  const breath = step ? breathAt(step, positionMs) : undefined;
  if (breath) view.breath = breath;
  return view;
}

/**
 * The breath phase within a flow step: each cycle is an inhale then an exhale. At the very end of
 * the step it reads as the last exhale with 0 remaining.
 */
function breathAt(step: TimelineStep, positionMs: number): PlayerView['breath'] {
  if (step.kind !== 'flow' || step.breath === undefined) return undefined;
  const { inhaleMs, exhaleMs, cycles } = step.breath;
  const cycleMs = inhaleMs + exhaleMs;
  const intoStep = Math.max(0, positionMs - step.startMs);
  const cycleIndex = Math.min(Math.floor(intoStep / cycleMs), cycles - 1);
  const intoCycle = intoStep - cycleIndex * cycleMs;
  return intoCycle < inhaleMs
    ? { phase: 'in', cycle: cycleIndex + 1, cycles, phaseRemainingMs: inhaleMs - intoCycle }
    : { phase: 'out', cycle: cycleIndex + 1, cycles, phaseRemainingMs: cycleMs - intoCycle };
}
