import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  formatClockTime,
  localTimeFrom,
  nextMorningWall,
} from '../../../../src-main/platform/local-time';

/** Local wall times, whatever zone the machine runs in. */
const local = (y: number, mo: number, d: number, h: number, mi = 0) =>
  new Date(y, mo - 1, d, h, mi).getTime();

const HOUR = 3_600_000;

describe('local time for work hours and the tray', () => {
  it('gives the local day of the week and minutes since local midnight', () => {
    expect(localTimeFrom(local(2026, 1, 5, 14, 30))).toEqual({ dayOfWeek: 1, minutesOfDay: 870 });
  });

  it('formats a time as the clock shows it', () => {
    expect(formatClockTime(local(2026, 1, 5, 9, 5))).toBe('09:05');
  });
});

describe('"until tomorrow morning" ends at the morning routine time', () => {
  it('is the next day when the time has passed today', () => {
    expect(nextMorningWall(local(2026, 1, 5, 14, 30), '07:30')).toBe(local(2026, 1, 6, 7, 30));
    expect(nextMorningWall(local(2026, 1, 5, 23, 50), '07:30')).toBe(local(2026, 1, 6, 7, 30));
    expect(nextMorningWall(local(2026, 1, 5, 7, 30), '07:30')).toBe(local(2026, 1, 6, 7, 30));
  });

  it('is this morning when paused in the night or early morning', () => {
    expect(nextMorningWall(local(2026, 1, 6, 1, 15), '07:30')).toBe(local(2026, 1, 6, 7, 30));
    expect(nextMorningWall(local(2026, 1, 6, 7, 29), '07:30')).toBe(local(2026, 1, 6, 7, 30));
  });

  it('follows the time the user chose', () => {
    expect(nextMorningWall(local(2026, 1, 5, 20), '06:05')).toBe(local(2026, 1, 6, 6, 5));
  });

  describe('across a DST change (Europe/Berlin)', () => {
    const machineZone = process.env.TZ;
    beforeAll(() => {
      process.env.TZ = 'Europe/Berlin';
    });
    afterAll(() => {
      if (machineZone === undefined) delete process.env.TZ;
      else process.env.TZ = machineZone;
    });

    it('keeps 07:30 on the clock the night the clocks go forward (a shorter night)', () => {
      const evening = local(2026, 3, 28, 22);
      const morning = nextMorningWall(evening, '07:30');
      expect(formatClockTime(morning)).toBe('07:30');
      expect(morning).toBe(local(2026, 3, 29, 7, 30));
      expect(morning - evening).toBe(8.5 * HOUR);
    });

    it('keeps 07:30 on the clock the night the clocks go back (a longer night)', () => {
      const evening = local(2026, 10, 24, 22);
      const morning = nextMorningWall(evening, '07:30');
      expect(formatClockTime(morning)).toBe('07:30');
      expect(morning - evening).toBe(10.5 * HOUR);
    });

    it('a time the clock skips lands on the first minute after it, not a day late', () => {
      const morning = nextMorningWall(local(2026, 3, 28, 22), '02:30');
      expect(formatClockTime(morning)).toBe('03:30');
      expect(morning).toBe(local(2026, 3, 29, 3, 30));
    });
  });
});
