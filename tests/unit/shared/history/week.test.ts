import { describe, expect, it } from 'vitest';

import { shiftDay } from '@shared/history/local-day';
import type { HistoryRecord } from '@shared/history/records';
import { computeHistoryStats } from '@shared/history/stats';

import {
  at,
  BERLIN,
  bout,
  deskBreak,
  morningRoutine,
  naturalBreak,
  NEW_YORK,
  nudge,
} from './make-records';

const MIN = 60_000;

const weekOf = (records: HistoryRecord[], now: string, zone: string) =>
  computeHistoryStats(records, at(now, zone), zone).week;

const dayIn = (week: ReturnType<typeof weekOf>, day: string) => week.find((d) => d.day === day);

describe('this week at a glance', () => {
  it('per day: breaks taken against nudges, minutes stretched, the longest bout', () => {
    const records = [
      nudge('2026-05-04 10:00', BERLIN, 'took'),
      deskBreak('2026-05-04 10:01', BERLIN), // the nudge's desk break: a break taken
      nudge('2026-05-04 11:30', BERLIN, 'snoozed'),
      nudge('2026-05-04 11:45', BERLIN, 'skipped'),
      nudge('2026-05-04 14:00', BERLIN, 'ignored', ['camera']),
      naturalBreak('2026-05-04 12:30', BERLIN), // lunch: a break taken without a nudge
      morningRoutine('2026-05-04 07:00', BERLIN), // stretched, but not a stand-up break
      deskBreak('2026-05-04 16:00', BERLIN, { outcome: 'abandoned', activeMs: 30_000 }),
      bout('2026-05-04 10:00', BERLIN, 55 * MIN),
      bout('2026-05-04 15:00', BERLIN, 80 * MIN),
    ];
    expect(dayIn(weekOf(records, '2026-05-04 18:00', BERLIN), '2026-05-04')).toEqual({
      day: '2026-05-04',
      breaksTaken: 2,
      nudges: 4,
      nudgesTaken: 1,
      stretchedMs: 420_000 + 120_000 + 30_000,
      longestSittingMs: 80 * MIN,
    });
  });

  it('runs Monday to Sunday, days to come as zeros', () => {
    const week = weekOf([nudge('2026-05-06 10:00', BERLIN)], '2026-05-06 12:00', BERLIN);
    expect(week.map((d) => d.day)).toEqual([
      '2026-05-04',
      '2026-05-05',
      '2026-05-06',
      '2026-05-07',
      '2026-05-08',
      '2026-05-09',
      '2026-05-10',
    ]);
    expect(week.map((d) => d.nudges)).toEqual([0, 0, 1, 0, 0, 0, 0]);
  });

  describe.each([
    { zone: BERLIN, change: '2026-03-29', kind: 'spring' },
    { zone: BERLIN, change: '2026-10-25', kind: 'autumn' },
    { zone: NEW_YORK, change: '2026-03-08', kind: 'spring' },
    { zone: NEW_YORK, change: '2026-11-01', kind: 'autumn' },
  ])('$zone, the week ending on the $kind change ($change, a Sunday)', ({ zone, change }) => {
    const monday = shiftDay(change, -6);
    const nextMonday = shiftDay(change, 1);
    const records = [
      nudge(`${monday} 00:01`, zone),
      nudge(`${shiftDay(monday, -1)} 23:59`, zone), // last week's Sunday
      nudge(`${change} 00:01`, zone),
      nudge(`${change} 23:59`, zone),
      nudge(`${nextMonday} 00:01`, zone), // next week
    ];

    it('late on the Sunday, its 00:01 and 23:59 count for Sunday and the Monday is not yet shown', () => {
      const week = weekOf(records, `${change} 23:59`, zone);
      expect(week[0]?.day).toBe(monday);
      expect(week[6]?.day).toBe(change);
      expect(week.map((d) => d.nudges)).toEqual([1, 0, 0, 0, 0, 0, 2]);
    });

    it('a minute past midnight, a new week has begun', () => {
      const week = weekOf(records, `${nextMonday} 00:01`, zone);
      expect(week[0]?.day).toBe(nextMonday);
      expect(week.map((d) => d.nudges)).toEqual([1, 0, 0, 0, 0, 0, 0]);
    });
  });
});
