import type { RoutineId } from '@shared/content/types';
import type { RoutineSize } from '@shared/morning/offer-text';
import type { MorningSchedule } from '@shared/morning/types';
import type { Settings } from '@shared/settings/schema';
import type { Dispose } from '@shared/time/clock';

import { timelineFrom } from '../routine/routine-timelines';
import { followSetting, type SettingsFeedPort } from '../settings/follow-setting';

/** What the morning service reads from settings. */
export interface MorningConfig {
  schedule: MorningSchedule;
  routineId: RoutineId;
  /** The chosen routine as the user set it up, so the offer names its real count and length. */
  routine: RoutineSize;
}

export function morningConfigFrom(settings: Settings): MorningConfig {
  const { enabled, time, days, catchUpUntil, routineId } = settings.morning;
  const { stretchIds, totalMs } = timelineFrom(routineId, settings);
  return {
    schedule: { enabled, time, days, catchUpUntil },
    routineId,
    routine: { stretchIds, totalMs },
  };
}

/** Tells the morning service when a setting it uses changed (not the theme, not a volume). */
export function followMorningSettings(
  settings: SettingsFeedPort,
  morning: { reconfigure(): void },
): Dispose {
  return followSetting(settings, morningConfigFrom, (_config, first) => {
    if (!first) morning.reconfigure();
  });
}
