import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { dailyTotals } from '@shared/history/day-totals';
import { localDayOf, shiftDay } from '@shared/history/local-day';
import { serializeLog } from '@shared/history/log-format';
import type { HistoryRecord } from '@shared/history/records';
import { HistoryRecordSchema } from '@shared/history/records';
import { computeHistoryStats } from '@shared/history/stats';
import { RAW_DAYS, summariseOldDays } from '@shared/history/summarise';

import { heavyHistory } from '../../../support/heavy-history';
import { arbitraryRecords } from './arbitrary-records';
import { at, BERLIN, bout, nudge } from './make-records';

const START = at('2026-01-01 00:00', BERLIN);
const NOW = at('2026-07-19 21:00', BERLIN); // 200 days on
const TODAY = localDayOf(NOW, BERLIN);

describe('summarising days older than 90', () => {
  it('keeps every total of every day, and so every figure the user sees', () => {
    fc.assert(
      fc.property(arbitraryRecords(START, 200, BERLIN), (records) => {
        const { records: summarised } = summariseOldDays(records, TODAY);
        expect(dailyTotals(summarised)).toEqual(dailyTotals(records));
        expect(computeHistoryStats(summarised, NOW, BERLIN)).toEqual(
          computeHistoryStats(records, NOW, BERLIN),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('leaves the last 90 days record by record, in order, and makes one valid summary per older day', () => {
    fc.assert(
      fc.property(arbitraryRecords(START, 200, BERLIN), (records) => {
        const { records: summarised, summarisedRecords } = summariseOldDays(records, TODAY);
        const oldestRaw = shiftDay(TODAY, -RAW_DAYS);
        const recent = records.filter((r) => r.day >= oldestRaw);
        const old = records.filter((r) => r.day < oldestRaw);
        const summaries = summarised.filter((r) => r.type === 'day-summary');
        expect(summarised.filter((r) => r.type !== 'day-summary')).toEqual(recent);
        expect(summaries.map((s) => s.day)).toEqual([...new Set(old.map((r) => r.day))].sort());
        expect(summarisedRecords).toBe(old.length);
        for (const summary of summaries)
          expect(HistoryRecordSchema.parse(summary)).toEqual(summary);
      }),
      { numRuns: 100 },
    );
  });

  it('a year of heavy use fits well under 1 MB once summarised', () => {
    const year = heavyHistory(TODAY, 365, BERLIN);
    const bytes = (records: readonly HistoryRecord[]) =>
      new TextEncoder().encode(serializeLog(records)).length;
    const summarised = summariseOldDays(year, TODAY).records;
    expect(bytes(summarised)).toBeLessThan(1024 * 1024);
    expect(bytes(summarised)).toBeLessThan(bytes(year) / 2);
  });

  it('merges a record that came later (a clock set back) into the summary its day already has', () => {
    const old = nudge('2026-02-01 10:00', BERLIN, 'took');
    const first = summariseOldDays([old], TODAY).records;
    const late = nudge('2026-02-01 11:00', BERLIN, 'skipped');
    const second = summariseOldDays([...first, late], TODAY);
    expect(second.records).toHaveLength(1);
    expect(second.records[0]).toMatchObject({
      type: 'day-summary',
      day: '2026-02-01',
      at: old.at,
      totals: { records: 2, nudges: { took: 1, skipped: 1 } },
    });
    expect(second.summarisedRecords).toBe(1);
  });

  it('has nothing to do when every old day is already one summary', () => {
    const once = summariseOldDays([nudge('2026-02-01 10:00', BERLIN)], TODAY).records;
    expect(summariseOldDays(once, TODAY)).toEqual({
      records: once,
      changed: false,
      summarisedRecords: 0,
    });
  });

  it('two summaries of one day (say, two files pasted together) merge: counts add, the longest bout stays the longest', () => {
    const [a] = summariseOldDays([bout('2026-02-01 10:00', BERLIN, 40 * 60_000)], TODAY).records;
    const [b] = summariseOldDays([bout('2026-02-01 15:00', BERLIN, 70 * 60_000)], TODAY).records;
    const merged = summariseOldDays([a!, b!], TODAY);
    expect(merged.records).toEqual([
      expect.objectContaining({
        totals: expect.objectContaining({
          records: 2,
          sitting: { bouts: 2, totalMs: 110 * 60_000, longestMs: 70 * 60_000 },
        }),
      }),
    ]);
  });

  it('keeps the longest bout as the longest, not a sum', () => {
    const records = [
      bout('2026-02-01 10:00', BERLIN, 40 * 60_000),
      bout('2026-02-01 12:00', BERLIN, 70 * 60_000),
    ];
    const [summary] = summariseOldDays(records, TODAY).records;
    expect(summary).toMatchObject({
      totals: { sitting: { bouts: 2, totalMs: 110 * 60_000, longestMs: 70 * 60_000 } },
    });
  });
});
