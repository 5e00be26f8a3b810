import { getRoutine, getStretch } from '../../shared/content/catalog';
import type { RoutineId } from '../../shared/content/types';
import { buildTimeline, type Timeline } from '../../shared/routine/index';

/**
 * A built-in routine as a timeline, with default lengths. Settings will pass their own lengths
 * here once they exist.
 */
export function timelineForRoutine(routineId: RoutineId): Timeline {
  return buildTimeline(getRoutine(routineId), getStretch);
}
