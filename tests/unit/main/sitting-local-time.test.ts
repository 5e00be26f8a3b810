import { describe, expect, it } from 'vitest';
import {
  formatClockTime,
  localTimeOf,
  nextMorningWall,
} from '../../../src-main/services/sitting-local-time';

/** Local wall times, whatever zone the machine runs in. */
const local = (y: number, mo: number, d: number, h: number, mi = 0) =>
  new Date(y, mo - 1, d, h, mi).getTime();

describe('local time for work hours and the tray', () => {
  it('gives the local day of the week and minutes since local midnight', () => {
    expect(localTimeOf(local(2026, 1, 5, 14, 30))).toEqual({ dayOfWeek: 1, minutesOfDay: 870 });
  });

  it('formats a time as the clock shows it', () => {
    expect(formatClockTime(local(2026, 1, 5, 9, 5))).toBe('09:05');
  });

  it('ends "until tomorrow morning" at 07:00 the next day', () => {
    expect(nextMorningWall(local(2026, 1, 5, 14, 30))).toBe(local(2026, 1, 6, 7));
    expect(nextMorningWall(local(2026, 1, 5, 23, 50))).toBe(local(2026, 1, 6, 7));
  });

  it('after midnight, "tomorrow morning" is the coming one', () => {
    expect(nextMorningWall(local(2026, 1, 6, 1, 15))).toBe(local(2026, 1, 6, 7));
  });

  it('uses the morning-routine time when given', () => {
    expect(nextMorningWall(local(2026, 1, 5, 20), '06:30')).toBe(local(2026, 1, 6, 6, 30));
  });
});
