import { describe, expect, it } from 'vitest';

import { parseLog, serializeLog } from '@shared/history/log-format';
import { HISTORY_SCHEMA_VERSION, migrateRecord } from '@shared/history/migrations';

import { fixtureVersions, historyFixture } from './fixtures';
import { BERLIN } from './make-records';

const berlin = { timeZone: BERLIN };

describe('history migrations', () => {
  it('has a fixture from every version, the current one included', () => {
    expect(fixtureVersions()).toEqual(
      Array.from({ length: HISTORY_SCHEMA_VERSION }, (_, i) => i + 1),
    );
  });

  it('v1 (the routine log, no header) becomes routine records on their local days', () => {
    const log = parseLog(historyFixture('v1.jsonl'), berlin);
    expect(log).toMatchObject({ kind: 'log', fromVersion: 1, damaged: [], clean: false });
    if (log.kind !== 'log') return;
    expect(log.records).toEqual([
      {
        type: 'routine',
        at: 1762150320000, // when it ended, 07:12 in Berlin
        day: '2025-11-03',
        routineId: 'morning-in-bed',
        outcome: 'completed',
        stepsDone: [],
        activeMs: 415251, // v1 kept fractions of a millisecond
        plannedMs: 420000,
        morning: true,
      },
      {
        type: 'routine',
        at: 1762212600000, // 00:30 in Berlin, still 23:30 the day before in UTC
        day: '2025-11-04',
        routineId: 'morning-in-bed',
        outcome: 'abandoned',
        stepsDone: [],
        activeMs: 190000,
        plannedMs: 420000,
        morning: true,
      },
      expect.objectContaining({ routineId: 'desk-break', morning: false, day: '2025-11-04' }),
      expect.objectContaining({ routineId: 'custom-neck-and-shoulders', morning: false }),
    ]);
  });

  it('a migrated v1 file, written back, reads as a clean current file with the same records', () => {
    const log = parseLog(historyFixture('v1.jsonl'), berlin);
    if (log.kind !== 'log') throw new Error('v1 fixture did not parse');
    const again = parseLog(serializeLog(log.records), berlin);
    expect(again).toEqual({ ...log, fromVersion: HISTORY_SCHEMA_VERSION, clean: true });
  });

  it('places v1 records in the zone the file is migrated in', () => {
    const utc = parseLog(historyFixture('v1.jsonl'), { timeZone: 'UTC' });
    expect(utc.kind === 'log' && utc.records[1]?.day).toBe('2025-11-03');
  });

  it('a v1 line of another shape is left for validation to set aside, not guessed at', () => {
    const text = `${historyFixture('v1.jsonl')}{"routineId":"desk-break","outcome":"completed"}\n`;
    const log = parseLog(text, berlin);
    expect(log).toMatchObject({ kind: 'log', fromVersion: 1 });
    if (log.kind !== 'log') return;
    expect(log.records).toHaveLength(4);
    expect(log.damaged).toEqual([
      {
        line: 5,
        text: '{"routineId":"desk-break","outcome":"completed"}',
        reason: expect.stringContaining('type'),
      },
    ]);
  });

  it(`v${HISTORY_SCHEMA_VERSION} is read as it is, every record kept`, () => {
    const text = historyFixture(`v${HISTORY_SCHEMA_VERSION}.jsonl`);
    const log = parseLog(text, berlin);
    expect(log).toMatchObject({ kind: 'log', damaged: [], clean: true });
    if (log.kind !== 'log') return;
    expect(log.records.map((r) => r.type)).toEqual([
      'day-summary',
      'routine',
      'morning-offer',
      'stiffness',
      'nudge',
      'sitting-bout',
      'natural-break',
    ]);
    expect(serializeLog(log.records)).toBe(text);
  });

  it('a file from a newer Limber is not read at all', () => {
    expect(parseLog(historyFixture('newer-version.jsonl'), berlin)).toEqual({
      kind: 'newer-version',
      version: 3,
    });
  });

  it('a current record needs no step', () => {
    const raw = { type: 'stiffness', at: 1, day: '1970-01-01', score: 3 };
    expect(migrateRecord(raw, HISTORY_SCHEMA_VERSION, berlin)).toBe(raw);
  });
});
