import { describe, expect, it } from 'vitest';

import type { HistoryRecord } from '@shared/history/records';
import { computeHistoryStats } from '@shared/history/stats';

import { at, BERLIN, deskBreak, naturalBreak, NEW_YORK, stiffness } from './make-records';

const seriesOf = (records: HistoryRecord[], now: string, zone: string) =>
  computeHistoryStats(records, at(now, zone), zone).last30;

describe('the 30-day series', () => {
  it('has 30 consecutive dates ending today, across the spring change', () => {
    const series = seriesOf([], '2026-04-10 12:00', BERLIN);
    expect(series).toHaveLength(30);
    expect(series[0]?.day).toBe('2026-03-12');
    expect(series[29]?.day).toBe('2026-04-10');
    expect(new Set(series.map((d) => d.day)).size).toBe(30);
    expect(series.map((d) => d.day)).toContain('2026-03-29'); // the 23-hour day
  });

  it('counts breaks per day, and days without records as 0 breaks', () => {
    const records = [
      naturalBreak('2026-11-01 00:01', NEW_YORK),
      naturalBreak('2026-11-01 23:59', NEW_YORK),
      deskBreak('2026-11-02 00:01', NEW_YORK),
    ];
    const series = seriesOf(records, '2026-11-03 09:00', NEW_YORK);
    expect(series.slice(-3).map((d) => [d.day, d.breaksTaken])).toEqual([
      ['2026-11-01', 2],
      ['2026-11-02', 1],
      ['2026-11-03', 0],
    ]);
  });

  it('gives stiffness per day, the mean when given twice, and a gap (not a 0) when not given', () => {
    const records = [
      stiffness('2026-03-28 23:59', BERLIN, 6),
      stiffness('2026-03-29 00:01', BERLIN, 4),
      stiffness('2026-03-29 08:00', BERLIN, 3),
      stiffness('2026-03-31 07:30', BERLIN, 0),
    ];
    const series = seriesOf(records, '2026-03-31 09:00', BERLIN);
    expect(series.slice(-4).map((d) => [d.day, d.stiffness])).toEqual([
      ['2026-03-28', 6],
      ['2026-03-29', 3.5],
      ['2026-03-30', null],
      ['2026-03-31', 0],
    ]);
    expect(series[0]?.stiffness).toBeNull();
  });
});
