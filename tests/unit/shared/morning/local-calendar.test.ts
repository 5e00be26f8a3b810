import { describe, expect, it } from 'vitest';

import { addCalendarDays, instantAt, localDateOf, weekdayOf } from '@shared/morning/local-calendar';

import { HOUR, MINUTE, wallAt, ZONE_CASES } from './zones';

describe('the local calendar', () => {
  it('steps calendar days across month and year ends, and names their weekdays', () => {
    expect(addCalendarDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(weekdayOf('2026-01-05')).toBe(1); // a Monday
    expect(weekdayOf('2026-01-11')).toBe(0); // a Sunday
  });

  describe.each(ZONE_CASES)('in $zone', ({ zone, springForward, fallBack }) => {
    it('an ordinary 07:30 is the instant the local clock shows 07:30', () => {
      expect(instantAt('2026-01-05', '07:30', zone)).toBe(wallAt(zone, '2026-01-05', '07:30'));
      expect(instantAt('2026-07-06', '07:30', zone)).toBe(wallAt(zone, '2026-07-06', '07:30'));
    });

    it('the local date changes at local midnight, not at UTC midnight', () => {
      const midnight = wallAt(zone, '2026-01-06', '00:00');
      expect(localDateOf(midnight - 1, zone)).toBe('2026-01-05');
      expect(localDateOf(midnight, zone)).toBe('2026-01-06');
    });

    it('a time the clock skips on the spring-forward night is the first instant after it', () => {
      const { date, skipped, resolvesTo } = springForward;
      expect(instantAt(date, skipped, zone)).toBe(resolvesTo);
      expect(instantAt(date, '02:00', zone)).toBe(resolvesTo);
      expect(instantAt(date, '02:59', zone)).toBe(resolvesTo);
      expect(instantAt(date, '03:00', zone)).toBe(resolvesTo);
      expect(instantAt(date, '01:59', zone)).toBe(resolvesTo - MINUTE);
      expect(localDateOf(resolvesTo, zone)).toBe(date);
    });

    it('a time the clock shows twice on the fall-back night is the first of the two', () => {
      const { date, repeated, first, second } = fallBack;
      expect(second - first).toBe(HOUR);
      expect(instantAt(date, repeated, zone)).toBe(first);
    });
  });
});
