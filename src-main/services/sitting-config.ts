import type { ReminderSettings } from '../../shared/reminders/types';
import type { Settings } from '../../shared/settings/schema';
import { defaultSamplingConfig, type SamplingConfig } from '../../shared/sitting/sampling';
import type { TrackerConfig } from '../../shared/sitting/types';

/** How a nudge reaches the user: a notification alone, or with the small prompt window. */
export type NudgeDelivery = Settings['reminders']['delivery'];

/** Everything the sitting service reads from the user's settings (see sittingConfigFrom). */
export interface SittingConfig {
  tracker: TrackerConfig;
  reminders: ReminderSettings;
  delivery: NudgeDelivery;
  /** The morning routine's local time, 'HH:MM': where "until tomorrow morning" ends. */
  morningTime: string;
}

/** Sampling follows the tracker: a natural break can complete no sooner than its length. */
export function samplingConfigOf(config: SittingConfig): SamplingConfig {
  return { ...defaultSamplingConfig, naturalBreakMs: config.tracker.naturalBreakMs };
}
