import { describe, expect, it } from 'vitest';

import { headerLine, serializeLog } from '@shared/history/log-format';
import { computeHistoryStats } from '@shared/history/stats';

import { at, BERLIN, morningRoutine, nudge, stiffness } from '../../shared/history/make-records';
import { historyHarness, START } from './store-harness';

describe('history store: what it finds at start', () => {
  it('a missing file: an empty history, and a file with its header from the start', () => {
    const { start, file } = historyHarness();
    expect(start().list()).toEqual([]);
    expect(file.text()).toBe(headerLine());
  });

  it('damaged lines are set aside word for word with a notice; the rest is kept and the file repaired', () => {
    const good = [nudge('2026-03-30 08:00', BERLIN), stiffness('2026-03-30 07:10', BERLIN, 5)];
    const [header, first = '', second = ''] = serializeLog(good).split('\n');
    const text = [
      header,
      first,
      '{"type":"nudge" this is not JSON',
      second,
      '{"type":"stiffness","sco',
    ].join('\n');
    const { start, file, notices, onDisk } = historyHarness(text);
    const store = start();
    expect(store.list()).toEqual(good);
    const name = 'history.damaged-2026-03-30T07-00-00-000Z.jsonl';
    expect(file.text(name)).toBe('{"type":"nudge" this is not JSON\n{"type":"stiffness","sco\n');
    expect(notices).toEqual([
      {
        kind: 'damaged-lines',
        message: expect.stringMatching(
          /2 lines .*line 3: not valid JSON.*line 5: cut short.*the other 2 records were kept/,
        ),
        setAsidePath: name,
        atMs: START,
      },
    ]);
    expect(onDisk()).toEqual({
      kind: 'log',
      fromVersion: 2,
      records: good,
      damaged: [],
      clean: true,
    });
    expect(store.notices()).toEqual(notices);
  });

  it('a file that is not UTF-8 is moved aside byte for byte, and its readable records start the new one', () => {
    const record = `${JSON.stringify(nudge('2026-03-30 08:00', BERLIN))}\n`;
    const bytes = new Uint8Array([
      ...new TextEncoder().encode(headerLine() + record),
      0xff,
      0xfe,
      0x0a,
    ]);
    const { start, file, notices, onDisk } = historyHarness(bytes);
    expect(start().list()).toHaveLength(1);
    expect(file.files.get('history.corrupt-2026-03-30T07-00-00-000Z.jsonl')).toEqual(bytes);
    expect(onDisk()).toMatchObject({ records: [{ type: 'nudge' }], clean: true });
    expect(notices).toEqual([
      expect.objectContaining({
        kind: 'damaged-file',
        message: expect.stringMatching(/not UTF-8.*Limber recovered 1 record from it/),
      }),
    ]);
  });

  it('a file far too large is moved aside unread and a new one started', () => {
    const { start, file, notices } = historyHarness(new Uint8Array(33 * 1024 * 1024));
    expect(start().list()).toEqual([]);
    expect(file.files.has('history.corrupt-2026-03-30T07-00-00-000Z.jsonl')).toBe(true);
    expect(file.text()).toBe(headerLine());
    expect(notices).toEqual([
      expect.objectContaining({ kind: 'damaged-file', message: expect.stringContaining('33 MB') }),
    ]);
  });

  it('an unreadable file is moved aside and a new one started', () => {
    const { start, file, notices } = historyHarness(
      serializeLog([nudge('2026-03-30 08:00', BERLIN)]),
    );
    file.failReads = true;
    const store = start();
    expect(store.append({ type: 'stiffness', score: 2 })).toMatchObject({ ok: true });
    expect(file.files.has('history.corrupt-2026-03-30T07-00-00-000Z.jsonl')).toBe(true);
    expect(notices).toEqual([
      expect.objectContaining({ kind: 'damaged-file', message: expect.stringContaining('EACCES') }),
    ]);
  });

  it('a file that can be neither read nor moved is left alone; the session is counted in memory', () => {
    const original = serializeLog([nudge('2026-03-30 08:00', BERLIN)]);
    const { start, file, notices } = historyHarness(original);
    file.failReads = true;
    file.failWrites = true;
    const store = start();
    expect(store.append({ type: 'stiffness', score: 2 })).toMatchObject({
      ok: false,
      error: { kind: 'not-saved', reason: 'read-only' },
    });
    expect(store.stats().last30.at(-1)?.stiffness).toBe(2);
    expect(file.text()).toBe(original);
    expect(notices.map((n) => n.kind)).toEqual(['damaged-file']);
  });

  it('a file from a newer Limber is never written; the session is counted in memory', () => {
    const newer = '{"schemaVersion":9}\n{"type":"hologram"}\n';
    const { start, file, notices } = historyHarness(newer);
    const store = start();
    expect(store.append({ type: 'stiffness', score: 2 })).toMatchObject({
      ok: false,
      error: { reason: 'read-only' },
    });
    expect(store.list()).toHaveLength(1);
    expect(file.text()).toBe(newer);
    expect([...file.files.keys()]).toEqual(['history.jsonl']);
    expect(notices).toEqual([
      expect.objectContaining({
        kind: 'newer-version',
        message: expect.stringContaining('schema 9'),
      }),
    ]);
  });

  it('an old-format file is kept as it was beside the migrated one', () => {
    const v1 =
      '{"routineId":"desk-break","outcome":"completed","startedAt":1774854600000,"endedAt":1774854720000,"activeMs":120000,"plannedMs":120000}\n';
    const { start, file, onDisk, notices } = historyHarness(v1);
    expect(start().list()).toMatchObject([
      { type: 'routine', routineId: 'desk-break', day: '2026-03-30' },
    ]);
    expect(file.text('history.v1-2026-03-30T07-00-00-000Z.jsonl')).toBe(v1);
    expect(onDisk()).toMatchObject({ fromVersion: 2, clean: true, records: [{ type: 'routine' }] });
    expect(notices).toEqual([]);
  });
});

describe('history store: compaction', () => {
  const oldDay = (day: string) => [
    morningRoutine(`${day} 07:00`, BERLIN),
    stiffness(`${day} 07:10`, BERLIN, 6),
    nudge(`${day} 11:00`, BERLIN, 'skipped'),
  ];

  it('at start, days older than 90 become one summary each, and every figure reads the same', () => {
    const records = [...oldDay('2025-12-01'), ...oldDay('2025-12-02'), ...oldDay('2026-03-29')];
    const { start, onDisk, clock } = historyHarness(serializeLog(records));
    const store = start();
    expect(onDisk().records.map((r) => r.type)).toEqual([
      'day-summary',
      'day-summary',
      'routine',
      'stiffness',
      'nudge',
    ]);
    expect(store.list()).toEqual(onDisk().records);
    expect(store.stats()).toEqual(computeHistoryStats(records, clock.now(), BERLIN));
    expect(store.stats().streak).toEqual({ current: 1, best: 2, doneToday: false });
  });

  it('runs again only on the first append of a new local day', () => {
    // 90 days before the start: still raw today, old enough tomorrow.
    const records = oldDay('2025-12-30');
    const { start, onDisk, clock } = historyHarness(serializeLog(records));
    const store = start();
    expect(onDisk().records.filter((r) => r.type === 'day-summary')).toHaveLength(0);

    clock.setWall(at('2026-03-30 23:59', BERLIN));
    store.append({ type: 'stiffness', score: 1 });
    expect(onDisk().records.filter((r) => r.type === 'day-summary')).toHaveLength(0);

    clock.setWall(at('2026-03-31 00:01', BERLIN));
    store.append({ type: 'stiffness', score: 2 });
    expect(onDisk().records.map((r) => r.type)).toEqual(['day-summary', 'stiffness', 'stiffness']);
    expect(store.list()).toEqual(onDisk().records);
  });

  it('a compaction that cannot write keeps every record as it was, and tries again', () => {
    const records = oldDay('2025-12-01');
    const { start, file, onDisk } = historyHarness(serializeLog(records));
    const store = start();
    store.append({ type: 'stiffness', score: 1 });
    const summarised = onDisk().records;
    expect(summarised[0]?.type).toBe('day-summary');
    file.failWrites = true;
    expect(store.compact()).toEqual({ summarisedRecords: 0, written: false });
    expect(store.list()).toEqual(summarised);
  });
});
