import type { ReminderSettings } from '../reminders/types';
import type { Settings } from './schema';

const MINUTE_MS = 60_000;

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

/** How long away from the desk counts as a real break, for the sitting tracker. */
export function naturalBreakMsFrom(settings: Settings): number {
  return settings.reminders.naturalBreakMin * MINUTE_MS;
}
