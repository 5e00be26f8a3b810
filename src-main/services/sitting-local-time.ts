import { addDays, format, set } from 'date-fns';
import type { LocalTime } from '../../shared/reminders/types';

/**
 * The machine's local time zone, for work hours, the tray's "Paused until 14:30" and "until
 * tomorrow morning". shared/ never reads the zone itself; main supplies these.
 */

/** Day of the week and minutes since local midnight of a wall time, in the local zone. */
export function localTimeOf(wallMs: number): LocalTime {
  const date = new Date(wallMs);
  const minutes = date.getHours() * 60 + date.getMinutes() + date.getSeconds() / 60;
  return { dayOfWeek: date.getDay(), minutesOfDay: minutes };
}

/** A wall time as the user's clock shows it, e.g. "14:30". */
export function formatClockTime(wallMs: number): string {
  return format(wallMs, 'HH:mm');
}

/** Before this local hour it is still "the night", and tomorrow morning means this morning. */
const NIGHT_ENDS_HOUR = 5;

/**
 * When "until tomorrow morning" ends: `morning` ('HH:MM', default 07:00) on the next local day,
 * or on this one when it is still night (a pause at 1 am means the coming morning).
 */
export function nextMorningWall(wallMs: number, morning = '07:00'): number {
  const [hours = 7, minutes = 0] = morning.split(':').map(Number);
  const now = new Date(wallMs);
  const day = now.getHours() < NIGHT_ENDS_HOUR ? now : addDays(now, 1);
  return set(day, { hours, minutes, seconds: 0, milliseconds: 0 }).getTime();
}
