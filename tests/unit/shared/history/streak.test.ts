import { describe, expect, it } from 'vitest';

import { shiftDay } from '@shared/history/local-day';
import type { HistoryRecord } from '@shared/history/records';
import { computeHistoryStats } from '@shared/history/stats';

import { at, BERLIN, deskBreak, morningRoutine, NEW_YORK } from './make-records';

const streakOf = (records: HistoryRecord[], now: string, zone: string) =>
  computeHistoryStats(records, at(now, zone), zone).streak;

/** Morning routines on consecutive days from `first`, alternately just after midnight and just before. */
function dailyRoutines(first: string, days: number, zone: string): HistoryRecord[] {
  return Array.from({ length: days }, (_, i) =>
    morningRoutine(`${shiftDay(first, i)} ${i % 2 === 0 ? '00:01' : '23:59'}`, zone),
  );
}

describe.each([
  { zone: BERLIN, spring: '2026-03-29', autumn: '2026-10-25' },
  { zone: NEW_YORK, spring: '2026-03-08', autumn: '2026-11-01' },
])('morning streak in $zone', ({ zone, spring, autumn }) => {
  it.each([
    ['spring', spring],
    ['autumn', autumn],
  ])('counts each day once across the %s DST change, done at 00:01 or 23:59', (_, change) => {
    const records = dailyRoutines(shiftDay(change, -2), 5, zone);
    const lastDay = shiftDay(change, 2);
    expect(streakOf(records, `${lastDay} 23:59`, zone)).toEqual({
      current: 5,
      best: 5,
      doneToday: true,
    });
  });

  it('is still alive the morning after, until that day is over', () => {
    const records = dailyRoutines(shiftDay(spring, -2), 3, zone); // up to the change day
    const nextDay = shiftDay(spring, 1);
    expect(streakOf(records, `${nextDay} 00:00`, zone)).toEqual({
      current: 3,
      best: 3,
      doneToday: false,
    });
    expect(streakOf(records, `${nextDay} 23:59`, zone)).toMatchObject({ current: 3 });
    // A whole day missed: the streak is over, the best stays.
    expect(streakOf(records, `${shiftDay(spring, 2)} 00:01`, zone)).toEqual({
      current: 0,
      best: 3,
      doneToday: false,
    });
  });

  it('23:59 one evening and 00:01 two days later is a missed day, not two in a row', () => {
    const records = [
      morningRoutine(`${shiftDay(autumn, -1)} 23:59`, zone),
      morningRoutine(`${shiftDay(autumn, 1)} 00:01`, zone),
    ];
    expect(streakOf(records, `${shiftDay(autumn, 1)} 08:00`, zone)).toEqual({
      current: 1,
      best: 1,
      doneToday: true,
    });
  });

  it('00:01 and 23:59 of the 25-hour day are the same day, counted once', () => {
    const records = [
      morningRoutine(`${autumn} 00:01`, zone),
      morningRoutine(`${autumn} 23:59`, zone),
      morningRoutine(`${shiftDay(autumn, 1)} 00:01`, zone),
    ];
    expect(streakOf(records, `${shiftDay(autumn, 1)} 12:00`, zone)).toMatchObject({
      current: 2,
      best: 2,
    });
  });
});

describe('what counts for the morning streak', () => {
  it('only a completed morning routine; a desk break or an abandoned routine does not', () => {
    const records = [
      morningRoutine('2026-05-04 07:00', BERLIN),
      deskBreak('2026-05-05 10:00', BERLIN),
      morningRoutine('2026-05-05 07:00', BERLIN, { outcome: 'abandoned' }),
    ];
    expect(streakOf(records, '2026-05-05 20:00', BERLIN)).toEqual({
      current: 1,
      best: 1,
      doneToday: false,
    });
  });

  it('the best streak is the longest run ever, even long past', () => {
    const records = [
      ...dailyRoutines('2026-01-01', 10, BERLIN),
      ...dailyRoutines('2026-02-01', 3, BERLIN),
    ];
    expect(streakOf(records, '2026-02-03 09:00', BERLIN)).toEqual({
      current: 3,
      best: 10,
      doneToday: true,
    });
  });

  it('a record keeps the date it was made on, wherever the user is now', () => {
    // Done at 07:00 in Tokyo on the 6th: that is still the 5th in New York.
    const tokyo = morningRoutine('2026-05-06 07:00', 'Asia/Tokyo');
    const yesterday = morningRoutine('2026-05-05 07:00', NEW_YORK);
    expect(streakOf([yesterday, tokyo], '2026-05-06 09:00', NEW_YORK)).toEqual({
      current: 2,
      best: 2,
      doneToday: true,
    });
  });

  it('no history: no streak', () => {
    expect(streakOf([], '2026-05-06 09:00', BERLIN)).toEqual({
      current: 0,
      best: 0,
      doneToday: false,
    });
  });

  it('refuses a time zone it does not know, by name', () => {
    expect(() => computeHistoryStats([], 0, 'Mars/Olympus')).toThrow(/Mars\/Olympus/);
  });
});
