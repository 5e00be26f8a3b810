import { TZDate, tzOffset } from '@date-fns/tz';
import { format } from 'date-fns';

import type { LocalDate } from './types';

/**
 * The user's calendar in an IANA time zone, for the morning decision. The zone is a parameter,
 * never the machine's, so one test run can prove Berlin and New York alike.
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** @throws RangeError for a zone the runtime does not know, rather than deciding in UTC. */
export function assertTimeZone(timeZone: string): void {
  if (Number.isNaN(tzOffset(timeZone, new Date(0)))) {
    throw new RangeError(`Unknown time zone "${timeZone}".`);
  }
}

/** The local date a wall instant falls on in `timeZone`. */
export function localDateOf(wallMs: number, timeZone: string): LocalDate {
  return format(new TZDate(wallMs, timeZone), 'yyyy-MM-dd');
}

/** Day of the week of a calendar date, 0 = Sunday. The same in every zone. */
export function weekdayOf(date: LocalDate): number {
  return new Date(civilMs(date, '00:00')).getUTCDay();
}

/** The calendar date `days` after `date` (calendar days: no zone, so no DST hour). */
export function addCalendarDays(date: LocalDate, days: number): LocalDate {
  return new Date(civilMs(date, '00:00') + days * DAY).toISOString().slice(0, 10);
}

/**
 * The instant the local clock in `timeZone` shows `time` ('HH:MM') on `date`. A time the clock
 * skips (02:30 on a spring-forward night) is the first instant after it, the moment of the jump;
 * a time it shows twice (on the fall-back night) is the first of the two.
 */
export function instantAt(date: LocalDate, time: string, timeZone: string): number {
  const civil = civilMs(date, time);
  // The offsets in force a day either side cover any instant showing this civil time.
  const offsets = new Set([offsetAt(timeZone, civil - DAY), offsetAt(timeZone, civil + DAY)]);
  const shown = [...offsets]
    .map((offset) => civil - offset)
    .filter((instant) => civil - offsetAt(timeZone, instant) === instant);
  if (shown.length > 0) return Math.min(...shown);
  return firstInstantAfterGap(civil, timeZone);
}

/**
 * In a gap, the offset before it maps `civil` to an instant already past the jump, and the
 * offset after it to one before the jump; the jump itself lies between. Offsets change on whole
 * minutes, so a search to the minute finds it exactly.
 */
function firstInstantAfterGap(civil: number, timeZone: string): number {
  const candidates = [
    civil - offsetAt(timeZone, civil - DAY),
    civil - offsetAt(timeZone, civil + DAY),
  ];
  let before = Math.floor(Math.min(...candidates) / MINUTE);
  let after = Math.ceil(Math.max(...candidates) / MINUTE);
  const offsetBefore = offsetAt(timeZone, before * MINUTE);
  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2);
    if (offsetAt(timeZone, middle * MINUTE) === offsetBefore) before = middle;
    else after = middle;
  }
  return after * MINUTE;
}

/** The zone's offset from UTC at an instant, in ms (Berlin in winter: +3 600 000). */
function offsetAt(timeZone: string, instant: number): number {
  return tzOffset(timeZone, new Date(instant)) * MINUTE;
}

/** A calendar date and clock time read as if in UTC: the "civil" time, free of any zone. */
function civilMs(date: LocalDate, time: string): number {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return Date.UTC(year, month - 1, day, hours, minutes);
}
