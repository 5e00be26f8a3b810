import type { ReminderSettings } from '@shared/reminders/types';
import type { Settings } from '@shared/settings/schema';
import { defaultTrackerConfig } from '@shared/sitting/config';
import { defaultSamplingConfig, type SamplingConfig } from '@shared/sitting/sampling';
import type { TrackerConfig } from '@shared/sitting/types';
import type { Dispose } from '@shared/time/clock';

import { followSetting, type SettingsFeedPort } from '../settings/follow-setting';

/**
 * The one path from the user's settings to the sitting service's rules: the sitting limit,
 * snoozes and work hours for the planner, the natural break for the tracker, and how a nudge
 * is delivered. The tracker's other rules stay as built (shared/sitting/config.ts).
 */

const MINUTE_MS = 60_000;

/** How a nudge reaches the user: a notification alone, or with the small prompt window. */
export type NudgeDelivery = Settings['reminders']['delivery'];

/** Everything the sitting service reads from the user's settings. */
export interface SittingConfig {
  tracker: TrackerConfig;
  reminders: ReminderSettings;
  delivery: NudgeDelivery;
  /** The morning routine's local time, 'HH:MM': where "until tomorrow morning" ends. */
  morningTime: string;
}

/** The nudge planner's rules from the user's settings (minutes become milliseconds). */
export function reminderSettingsFrom(settings: Settings): ReminderSettings {
  const { reminders } = settings;
  return {
    limitMs: reminders.sittingLimitMin * MINUTE_MS,
    snoozeOptionsMs: reminders.snoozeOptionsMin.map((minutes) => minutes * MINUTE_MS),
    maxRepeats: reminders.maxRepeats,
    workHours: reminders.workHours.enabled
      ? { days: reminders.workHours.days, ranges: reminders.workHours.ranges }
      : null,
  };
}

/** The sitting service's rules from the user's settings. */
export function sittingConfigFrom(settings: Settings): SittingConfig {
  return {
    tracker: {
      ...defaultTrackerConfig,
      naturalBreakMs: settings.reminders.naturalBreakMin * MINUTE_MS,
    },
    reminders: reminderSettingsFrom(settings),
    delivery: settings.reminders.delivery,
    morningTime: settings.morning.time,
  };
}

/** Sampling follows the tracker: a natural break can complete no sooner than its length. */
export function samplingConfigFrom(config: SittingConfig): SamplingConfig {
  return { ...defaultSamplingConfig, naturalBreakMs: config.tracker.naturalBreakMs };
}

/**
 * Tells the sitting service when a setting it uses has changed (not the theme, not a volume),
 * so it re-plans at once. It keeps the current bout: a new limit applies to the time already sat.
 */
export function followSittingSettings(
  settings: SettingsFeedPort,
  sitting: { reconfigure(): void },
): Dispose {
  return followSetting(settings, sittingConfigFrom, (_config, first) => {
    if (!first) sitting.reconfigure();
  });
}
