import { addRecord, emptyTotals } from './day-totals';
import { type LocalDay, shiftDay } from './local-day';
import type { DaySummaryRecord, HistoryRecord } from './records';

/** Days kept record by record, today included; older days become one summary each. */
export const RAW_DAYS = 90;

export interface SummariseResult {
  /** Summaries first, oldest day first, then the recent records in their original order. */
  records: HistoryRecord[];
  /** Whether anything was summarised (false: `records` equals the input, nothing to write). */
  changed: boolean;
  /** Raw records folded into summaries this time. */
  summarisedRecords: number;
}

/**
 * Folds every day older than `keepDays` before `today` into one day-summary record, merging a
 * summary the day already had with records that came later (a clock set back). The summary's
 * totals are the day's totals, so every statistic reads the same before and after.
 */
export function summariseOldDays(
  records: readonly HistoryRecord[],
  today: LocalDay,
  keepDays = RAW_DAYS,
): SummariseResult {
  const oldestKept = shiftDay(today, -keepDays);
  const oldDays = new Map<LocalDay, HistoryRecord[]>();
  const kept: HistoryRecord[] = [];
  for (const record of records) {
    if (record.day >= oldestKept) kept.push(record);
    else {
      const day = oldDays.get(record.day);
      if (day) day.push(record);
      else oldDays.set(record.day, [record]);
    }
  }
  let changed = false;
  let summarisedRecords = 0;
  const summaries = [...oldDays.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([day, dayRecords]): HistoryRecord => {
      const [only] = dayRecords;
      if (dayRecords.length === 1 && only?.type === 'day-summary') return only;
      changed = true;
      summarisedRecords += dayRecords.filter((r) => r.type !== 'day-summary').length;
      return summaryOf(day, dayRecords);
    });
  return changed
    ? { records: [...summaries, ...kept], changed, summarisedRecords }
    : { records: [...records], changed, summarisedRecords: 0 };
}

function summaryOf(day: LocalDay, records: readonly HistoryRecord[]): DaySummaryRecord {
  const totals = emptyTotals();
  let at = Number.POSITIVE_INFINITY;
  for (const record of records) {
    addRecord(totals, record);
    at = Math.min(at, record.at);
  }
  return { type: 'day-summary', at, day, totals };
}
