import { sameData } from '../../shared/settings/merge';
import { naturalBreakMsFrom, reminderSettingsFrom } from '../../shared/settings/reminder-config';
import type { Settings } from '../../shared/settings/schema';
import { defaultTrackerConfig } from '../../shared/sitting/config';
import type { Dispose } from '../../shared/time/clock';
import type { SittingConfig } from './sitting-config';
import type { SettingsStore } from './settings-store';

/** The sitting service's rules from the user's settings; the tracker's internals stay as built. */
export function sittingConfigFrom(settings: Settings): SittingConfig {
  return {
    tracker: { ...defaultTrackerConfig, naturalBreakMs: naturalBreakMsFrom(settings) },
    reminders: reminderSettingsFrom(settings),
    delivery: settings.reminders.delivery,
    morningTime: settings.morning.time,
  };
}

/**
 * Tells the sitting service when a setting it uses has changed (not the theme, not a volume),
 * so it re-plans at once. It keeps the current bout: a new limit applies to the time already sat.
 */
export function followSittingSettings(
  settings: Pick<SettingsStore, 'get' | 'subscribe'>,
  sitting: { reconfigure(): void },
): Dispose {
  let applied = sittingConfigFrom(settings.get());
  return settings.subscribe((changed) => {
    const next = sittingConfigFrom(changed);
    if (sameData(next, applied)) return;
    applied = next;
    sitting.reconfigure();
  });
}
