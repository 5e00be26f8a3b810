import type { Timeline } from './types';

/**
 * Index of the step containing `positionMs` (start inclusive, end exclusive). At or past the
 * end it is the last step; before 0, the first. -1 only for a timeline without steps.
 * Binary search: a view is computed on every redraw.
 */
export function stepIndexAt(timeline: Timeline, positionMs: number): number {
  const { steps } = timeline;
  let low = 0;
  let high = steps.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    const step = steps[mid];
    if (step !== undefined && step.startMs <= positionMs) low = mid;
    else high = mid - 1;
  }
  return high;
}
