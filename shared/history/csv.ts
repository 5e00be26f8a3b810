import { checkTimeZone, localIsoTime } from './local-day';
import type { HistoryRecord } from './records';

/**
 * History as CSV for a spreadsheet: a header row, one row per record, RFC 4180 quoting, CRLF
 * line ends. Columns a record type does not use stay empty; a day summary's totals go in
 * `totals` as JSON. Times are the user's local clock with its offset, so a spreadsheet sorts
 * them right across a DST change.
 */

export const CSV_COLUMNS = [
  'type',
  'date',
  'local_time',
  'routine',
  'outcome',
  'stretches_done',
  'active_ms',
  'planned_ms',
  'morning',
  'answer',
  'held_for',
  'length_ms',
  'break_kind',
  'stiffness',
  'totals',
] as const;

type Column = (typeof CSV_COLUMNS)[number];
type Row = Partial<Record<Column, string | number | boolean>>;

/** @throws RangeError for a time zone the platform does not know. */
export function historyToCsv(records: readonly HistoryRecord[], timeZone: string): string {
  checkTimeZone(timeZone);
  const rows = records.map((record) => {
    const row: Row = {
      type: record.type,
      date: record.day,
      local_time: localIsoTime(record.at, timeZone),
      ...fieldsOf(record),
    };
    return CSV_COLUMNS.map((column) => csvCell(row[column]));
  });
  return [[...CSV_COLUMNS], ...rows].map((cells) => `${cells.join(',')}\r\n`).join('');
}

function fieldsOf(record: HistoryRecord): Row {
  switch (record.type) {
    case 'routine':
      return {
        routine: record.routineId,
        outcome: record.outcome,
        stretches_done: record.stepsDone.join(' '),
        active_ms: record.activeMs,
        planned_ms: record.plannedMs,
        morning: record.morning,
      };
    case 'nudge':
      return { answer: record.answer, held_for: record.heldFor.join(' ') };
    case 'morning-offer':
      return { answer: record.answer };
    case 'natural-break':
      return { length_ms: record.lengthMs, break_kind: record.kind };
    case 'sitting-bout':
      return { length_ms: record.lengthMs };
    case 'stiffness':
      return { stiffness: record.score };
    case 'day-summary':
      return { totals: JSON.stringify(record.totals) };
  }
}

/** Starts a cell a spreadsheet would run as a formula (OWASP's list, tab and CR included). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell: text that a spreadsheet would take as a formula gets a leading apostrophe, and a
 * cell holding a comma, quote or line break is quoted with its quotes doubled.
 */
export function csvCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
