import { describe, expect, it } from 'vitest';

import {
  dayFitsTime,
  daysBetween,
  daysEndingOn,
  isLocalDay,
  localDayOf,
  localIsoTime,
  mondayOf,
  shiftDay,
} from '@shared/history/local-day';

import { at, BERLIN, NEW_YORK } from './make-records';

const HOUR = 3_600_000;

describe('local days', () => {
  it.each([
    [BERLIN, '2026-03-29'],
    [BERLIN, '2026-10-25'],
    [NEW_YORK, '2026-03-08'],
    [NEW_YORK, '2026-11-01'],
  ])('in %s, 00:01 and 23:59 of the DST change day %s are that day', (zone, day) => {
    expect(localDayOf(at(`${day} 00:01`, zone), zone)).toBe(day);
    expect(localDayOf(at(`${day} 23:59`, zone), zone)).toBe(day);
    expect(localDayOf(at(`${day} 23:59`, zone) + 2 * 60_000, zone)).toBe(shiftDay(day, 1));
  });

  it('the spring change day is 23 hours long and the autumn one 25, in both zones', () => {
    const length = (day: string, zone: string) =>
      (at(`${shiftDay(day, 1)} 00:00`, zone) - at(`${day} 00:00`, zone)) / HOUR;
    expect(length('2026-03-29', BERLIN)).toBe(23);
    expect(length('2026-10-25', BERLIN)).toBe(25);
    expect(length('2026-03-08', NEW_YORK)).toBe(23);
    expect(length('2026-11-01', NEW_YORK)).toBe(25);
  });

  it('one moment is a different date in Berlin and New York', () => {
    const wall = at('2026-03-30 03:00', BERLIN);
    expect(localDayOf(wall, BERLIN)).toBe('2026-03-30');
    expect(localDayOf(wall, NEW_YORK)).toBe('2026-03-29');
  });

  it('writes local times with the offset of that moment', () => {
    expect(localIsoTime(at('2026-03-29 01:59', BERLIN), BERLIN)).toBe('2026-03-29T01:59:00+01:00');
    expect(localIsoTime(at('2026-03-29 03:00', BERLIN), BERLIN)).toBe('2026-03-29T03:00:00+02:00');
    expect(localIsoTime(at('2026-11-01 23:59', NEW_YORK), NEW_YORK)).toBe(
      '2026-11-01T23:59:00-05:00',
    );
  });

  it('counts calendar days, not 24-hour steps', () => {
    expect(shiftDay('2026-03-28', 2)).toBe('2026-03-30');
    expect(shiftDay('2026-03-01', -1)).toBe('2026-02-28');
    expect(shiftDay('2024-03-01', -1)).toBe('2024-02-29');
    expect(shiftDay('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-10-26', '2026-10-24')).toBe(-2);
    expect(daysEndingOn('2026-03-30', 3)).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
  });

  it('weeks start on Monday, and Sunday belongs to the week before', () => {
    expect(mondayOf('2026-03-29')).toBe('2026-03-23'); // a Sunday
    expect(mondayOf('2026-03-30')).toBe('2026-03-30'); // a Monday
    expect(mondayOf('2026-01-01')).toBe('2025-12-29');
  });

  it('knows a real date from a date-shaped string', () => {
    expect(isLocalDay('2024-02-29')).toBe(true);
    expect(isLocalDay('2026-02-29')).toBe(false);
    expect(isLocalDay('2026-13-01')).toBe(false);
    expect(isLocalDay('2026-3-1')).toBe(false);
  });

  it('a day and a time belong together only within the spread of time zones', () => {
    const midnightUtc = Date.UTC(2026, 2, 29);
    expect(dayFitsTime('2026-03-29', midnightUtc - 14 * HOUR)).toBe(true); // Kiribati, UTC+14
    expect(dayFitsTime('2026-03-29', midnightUtc + 35 * HOUR)).toBe(true); // Baker Island, UTC−12
    expect(dayFitsTime('2026-03-29', midnightUtc - 15 * HOUR)).toBe(false);
    expect(dayFitsTime('2026-03-29', midnightUtc + 37 * HOUR)).toBe(false);
  });
});
