import { describe, expect, it } from 'vitest';

import { CSV_COLUMNS, csvCell, historyToCsv } from '@shared/history/csv';
import { summariseOldDays } from '@shared/history/summarise';

import {
  BERLIN,
  deskBreak,
  morningRoutine,
  naturalBreak,
  NEW_YORK,
  nudge,
  stiffness,
} from './make-records';

/** Splits CSV text the way RFC 4180 reads it: quoted cells may hold commas, quotes and newlines. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const next = text[i + 1];
    if (quoted && c === '"' && next === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) cell += c;
    else if (c === ',') endCell();
    else if (c === '\r' && next === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += c;
  }
  return rows;
}

describe('CSV export', () => {
  it('has a header row and one row per record, with local times and their offsets', () => {
    const records = [
      morningRoutine('2026-03-29 01:30', BERLIN),
      nudge('2026-03-29 23:59', BERLIN, 'snoozed', ['camera', 'dnd']),
      stiffness('2026-03-30 00:01', BERLIN, 4),
      naturalBreak('2026-03-30 12:00', BERLIN),
    ];
    const rows = parseCsv(historyToCsv(records, BERLIN));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(5);
    const byColumn = rows
      .slice(1)
      .map((row) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, row[i]])));
    expect(byColumn[0]).toMatchObject({
      type: 'routine',
      date: '2026-03-29',
      local_time: '2026-03-29T01:30:00+01:00',
      routine: 'morning-in-bed',
      outcome: 'completed',
      stretches_done:
        'hip-flexor piriformis hamstring prone-quad supine-butterfly seated-forward-bend cat-cow',
      active_ms: '420000',
      morning: 'true',
      answer: '',
    });
    expect(byColumn[1]).toMatchObject({
      local_time: '2026-03-29T23:59:00+02:00',
      answer: 'snoozed',
      held_for: 'camera dnd',
    });
    expect(byColumn[2]).toMatchObject({ date: '2026-03-30', stiffness: '4' });
    expect(byColumn[3]).toMatchObject({ length_ms: '600000', break_kind: 'idle' });
  });

  it('writes times in the zone asked for', () => {
    const csv = historyToCsv([deskBreak('2026-11-01 23:59', NEW_YORK)], NEW_YORK);
    expect(parseCsv(csv)[1]?.[2]).toBe('2026-11-01T23:59:00-05:00');
  });

  it("puts a day summary's totals in one quoted JSON cell that reads back whole", () => {
    const [summary] = summariseOldDays([nudge('2025-01-01 10:00', BERLIN)], '2026-01-01').records;
    const rows = parseCsv(historyToCsv(summary ? [summary] : [], BERLIN));
    const totals = rows[1]?.[CSV_COLUMNS.indexOf('totals')] ?? '';
    expect(JSON.parse(totals)).toMatchObject({ records: 1, nudges: { took: 1 } });
  });

  it('quotes cells holding commas, quotes or line breaks, doubling the quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(false)).toBe('false');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell(0)).toBe('0');
  });

  it('an empty history is the header alone', () => {
    expect(historyToCsv([], BERLIN)).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });
});
