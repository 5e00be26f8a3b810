import type { StretchId } from '../content/types';
import type { Timeline } from './types';

/**
 * The stretches whose every hold (or breath-paced flow) the user got through by `positionMs`.
 * A stretch left during its setup, or halfway through its second side, is not done: only time
 * really held counts, as the end screen and the history both say.
 */
export function stretchesDone(timeline: Timeline, positionMs: number): StretchId[] {
  const lastHoldEnd = new Map<number, number>();
  for (const step of timeline.steps) {
    if (step.kind !== 'hold' && step.kind !== 'flow') continue;
    lastHoldEnd.set(step.stretchIndex, step.startMs + step.durationMs);
  }
  return [...lastHoldEnd]
    .filter(([, endMs]) => endMs <= positionMs)
    .sort(([a], [b]) => a - b)
    .map(([stretchIndex]) => timeline.stretchIds[stretchIndex])
    .filter((id): id is StretchId => id !== undefined);
}
