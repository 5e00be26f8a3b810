import type { ReminderSettings, ReminderState } from './types';

const MINUTE = 60_000;

/** Nothing answered, nothing paused. */
export const initialReminders: ReminderState = {
  pause: null,
  pastPauses: [],
  quietUntilMono: null,
  lastNudgeMono: null,
  unanswered: 0,
};

/** The shortest snooze: the repeat delay and the least time between two nudges. */
export function minGapMs(settings: ReminderSettings): number {
  return settings.snoozeOptionsMs.length > 0 ? Math.min(...settings.snoozeOptionsMs) : 5 * MINUTE;
}
