import { defaultReminderSettings } from '../../shared/reminders/settings';
import { defaultSettings } from '../../shared/settings/schema';
import type { ReminderSettings } from '../../shared/reminders/types';
import { defaultSamplingConfig, type SamplingConfig } from '../../shared/sitting/sampling';
import { defaultTrackerConfig } from '../../shared/sitting/config';
import type { TrackerConfig } from '../../shared/sitting/types';

/** How a nudge reaches the user: a notification alone, or with the small prompt window. */
export type NudgeDelivery = 'notification-and-prompt' | 'notification-only';

/** Everything the sitting service reads from the user's settings. */
export interface SittingConfig {
  tracker: TrackerConfig;
  reminders: ReminderSettings;
  /** @default 'notification-and-prompt' */
  delivery: NudgeDelivery;
  /**
   * The morning routine's local time, 'HH:MM': where "until tomorrow morning" ends.
   * @default '07:30'
   */
  morningTime: string;
}

/** The rules until the settings store supplies its own. */
export const defaultSittingConfig: SittingConfig = {
  tracker: defaultTrackerConfig,
  reminders: defaultReminderSettings,
  delivery: 'notification-and-prompt',
  morningTime: defaultSettings.morning.time,
};

/** Sampling follows the tracker: a natural break can complete no sooner than its length. */
export function samplingConfigOf(config: SittingConfig): SamplingConfig {
  return { ...defaultSamplingConfig, naturalBreakMs: config.tracker.naturalBreakMs };
}
