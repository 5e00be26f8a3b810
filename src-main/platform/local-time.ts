import { addDays, format, set } from 'date-fns';

import type { LocalTime } from '@shared/reminders/types';

/**
 * The machine's local time zone, for work hours, the tray's "Paused until 14:30" and "until
 * tomorrow morning". shared/ never reads the zone itself; main supplies these.
 */

/** Day of the week and minutes since local midnight of a wall time, in the local zone. */
export function localTimeFrom(wallMs: number): LocalTime {
  const date = new Date(wallMs);
  const minutes = date.getHours() * 60 + date.getMinutes() + date.getSeconds() / 60;
  return { dayOfWeek: date.getDay(), minutesOfDay: minutes };
}

/** A wall time as the user's clock shows it, e.g. "14:30". */
export function formatClockTime(wallMs: number): string {
  return format(wallMs, 'HH:mm');
}

/**
 * When "until tomorrow morning" ends: the next time the local clock shows `morning` ('HH:MM',
 * the morning routine's time), so a pause at 1 am ends this morning and one at 9 am tomorrow.
 * Days are counted on the local calendar, so a DST change moves no morning by an hour.
 */
export function nextMorningWall(wallMs: number, morning: string): number {
  const [hours = 0, minutes = 0] = morning.split(':').map(Number);
  const at = (day: Date | number) => set(day, { hours, minutes, seconds: 0, milliseconds: 0 });
  const today = at(wallMs);
  return (today.getTime() > wallMs ? today : at(addDays(wallMs, 1))).getTime();
}
