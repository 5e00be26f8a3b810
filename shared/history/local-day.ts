import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/**
 * Local calendar days as 'YYYY-MM-DD' text. History groups by the day a thing happened on the
 * user's clock, so a streak or a week is counted in days, never in 24-hour steps that a DST
 * change would knock an hour off. Only `localDayOf` and `localIsoTime` need the user's zone
 * (date-fns with @date-fns/tz); arithmetic on days is done on the proleptic calendar in UTC,
 * where every day has 24 hours — plain numbers, as the stats step over a year of days.
 */
export type LocalDay = string;

const DAY_MS = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date the user's clock showed at `wallMs` in `timeZone` (IANA, e.g. 'Europe/Berlin'). */
export function localDayOf(wallMs: number, timeZone: string): LocalDay {
  return format(new TZDate(wallMs, timeZone), 'yyyy-MM-dd');
}

/** The wall time as the user's clock showed it, with its offset: 2026-03-29T23:59:00+02:00. */
export function localIsoTime(wallMs: number, timeZone: string): string {
  return format(new TZDate(wallMs, timeZone), "yyyy-MM-dd'T'HH:mm:ssXXX");
}

/** True for a real calendar date in 'YYYY-MM-DD' form (no 2026-02-30). */
export function isLocalDay(text: string): boolean {
  const match = DAY_PATTERN.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const knownZones = new Set<string>();

/** @throws RangeError for a zone the platform does not know, before it turns into "Invalid Date". */
export function checkTimeZone(timeZone: string): void {
  if (knownZones.has(timeZone)) return;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new RangeError(
      `Unknown time zone "${timeZone}"; expected an IANA name like Europe/Berlin.`,
    );
  }
  knownZones.add(timeZone);
}

/** Days since 1970-01-01: consecutive dates are consecutive numbers. */
export const dayNumber = (day: LocalDay): number => Date.parse(`${day}T00:00:00Z`) / DAY_MS;

const dayOfNumber = (n: number): LocalDay => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** The day `days` after `day` (before, when negative), on the calendar. */
export const shiftDay = (day: LocalDay, days: number): LocalDay =>
  dayOfNumber(dayNumber(day) + days);

/** The Monday of `day`'s Monday-to-Sunday week. */
export function mondayOf(day: LocalDay): LocalDay {
  const n = dayNumber(day);
  // 1970-01-01 was a Thursday: day number 0 is weekday 3 counting from Monday = 0.
  return dayOfNumber(n - ((((n + 3) % 7) + 7) % 7));
}

/** Whole calendar days from `from` to `to`: 1 for consecutive days, negative when `to` is earlier. */
export const daysBetween = (from: LocalDay, to: LocalDay): number =>
  dayNumber(to) - dayNumber(from);

/** `count` consecutive days ending on `last`, oldest first. */
export function daysEndingOn(last: LocalDay, count: number): LocalDay[] {
  const end = dayNumber(last);
  return Array.from({ length: count }, (_, i) => dayOfNumber(end - count + 1 + i));
}

/**
 * Whether `wallMs` can fall on `day` in some time zone. Zones run from UTC−12 to UTC+14, so a
 * local date starts at most 14 h before its UTC midnight and ends at most 12 h after it ends.
 * A record failing this was not written by Limber (or its clock was not a clock).
 */
export function dayFitsTime(day: LocalDay, wallMs: number): boolean {
  const midnight = Date.parse(`${day}T00:00:00Z`);
  const hour = 3_600_000;
  return wallMs >= midnight - 14 * hour && wallMs < midnight + (24 + 12) * hour;
}
