import { describe, expect, it } from 'vitest';

import { headerLine, parseLog, serializeLog } from '@shared/history/log-format';

import { historyFixture } from './fixtures';
import { BERLIN, nudge, stiffness } from './make-records';

const read = (text: string) => {
  const log = parseLog(text, { timeZone: BERLIN });
  if (log.kind !== 'log') throw new Error(`expected a log, got ${log.kind}`);
  return log;
};

describe('reading the history file', () => {
  it('an empty file is an empty history, to be given its header before the first append', () => {
    expect(read('')).toEqual({
      kind: 'log',
      fromVersion: 2,
      records: [],
      damaged: [],
      clean: false,
    });
    expect(read(headerLine())).toMatchObject({ records: [], damaged: [], clean: true });
  });

  it('sets aside each damaged line word for word, with why, and keeps every other record', () => {
    const log = read(historyFixture('damaged.jsonl'));
    expect(log.records.map((r) => r.type)).toEqual(['nudge', 'sitting-bout']);
    expect(log.clean).toBe(false);
    expect(log.damaged).toEqual([
      { line: 3, text: 'garbage that is not JSON', reason: 'not valid JSON' },
      {
        line: 4,
        text: '{"type":"stiffness","at":1774848000000,"day":"2026-03-30","score":11}',
        reason: expect.stringMatching(/^score: .*10/),
      },
      {
        line: 5,
        text: expect.stringContaining('"mood":"great"'),
        reason: expect.stringContaining('Unknown field "mood"'),
      },
      {
        line: 7,
        text: '{"type":"natural-break","at":1774863000000,"day":"2026-03-30","len',
        reason: 'cut short (not valid JSON)',
      },
    ]);
  });

  it('a whole last line without its newline is kept, but the file is marked for a rewrite', () => {
    const text = serializeLog([nudge('2026-03-30 10:00', BERLIN)]).trimEnd();
    expect(read(text)).toMatchObject({ records: [{ type: 'nudge' }], damaged: [], clean: false });
  });

  it('refuses a record whose day is further from its time than any zone', () => {
    const line = JSON.stringify({ ...stiffness('2026-03-30 07:00', BERLIN, 3), day: '2026-04-02' });
    expect(read(`${headerLine()}${line}\n`).damaged).toEqual([
      { line: 2, text: line, reason: expect.stringContaining('day is further from at') },
    ]);
  });

  it('a damaged header is set aside and the records after it are read as current', () => {
    const record = JSON.stringify(nudge('2026-03-30 10:00', BERLIN));
    const log = read(`{"schemaVersion":"two"}\n${record}\n`);
    expect(log.records).toHaveLength(1);
    expect(log.damaged).toEqual([
      {
        line: 1,
        text: '{"schemaVersion":"two"}',
        reason: expect.stringContaining('schemaVersion'),
      },
    ]);
  });

  it('reads lines a Windows editor saved with CRLF, and skips blank lines', () => {
    const records = [nudge('2026-03-30 10:00', BERLIN), stiffness('2026-03-30 07:00', BERLIN, 2)];
    const text = serializeLog(records).replaceAll('\n', '\r\n\r\n');
    expect(read(text)).toMatchObject({ records, damaged: [] });
  });

  it('writes what it reads: serialise then parse gives the same records', () => {
    const records = [
      nudge('2026-03-30 10:00', BERLIN, 'ignored', ['dnd']),
      stiffness('2026-03-30 07:00', BERLIN, 7),
    ];
    expect(read(serializeLog(records))).toEqual({
      kind: 'log',
      fromVersion: 2,
      records,
      damaged: [],
      clean: true,
    });
  });
});
