import type { LocalTime } from '@shared/reminders/types';

/** Local time in UTC: traces run in a fixed zone so expected minutes don't depend on the machine. */
export function utcLocalTime(wallMs: number): LocalTime {
  const date = new Date(wallMs);
  return {
    dayOfWeek: date.getUTCDay(),
    minutesOfDay:
      (wallMs - Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())) / 60_000,
  };
}
