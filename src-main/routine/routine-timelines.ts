import type { RoutineId } from '@shared/content/types';
import type { Timeline } from '@shared/routine';
import { timelineFor } from '@shared/routine/settings-timeline';
import { defaultSettings, type Settings } from '@shared/settings/schema';

/**
 * A routine as the user set it up. The rule lives in shared/, beside the lengths main answers
 * the start screen with (routineLengths).
 *
 * @throws Error for a custom routine id the settings do not hold.
 */
export function timelineFrom(routineId: RoutineId, settings: Settings = defaultSettings): Timeline {
  return timelineFor(routineId, settings);
}
