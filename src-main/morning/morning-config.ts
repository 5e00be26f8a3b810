import type { RoutineId } from '@shared/content/types';
import type { RoutineSize } from '@shared/morning/offer-text';
import type { MorningSchedule } from '@shared/morning/types';
import { sameData } from '@shared/settings/merge';
import type { Settings } from '@shared/settings/schema';
import type { Dispose } from '@shared/time/clock';
import { timelineFrom } from '../routine/routine-timelines';
import type { SettingsStore } from '../settings/settings-store';

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
  settings: Pick<SettingsStore, 'get' | 'subscribe'>,
  morning: { reconfigure(): void },
): Dispose {
  let applied = morningConfigFrom(settings.get());
  return settings.subscribe((changed) => {
    const next = morningConfigFrom(changed);
    if (sameData(next, applied)) return;
    applied = next;
    morning.reconfigure();
  });
}
