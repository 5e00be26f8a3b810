import { describe, expect, it, vi } from 'vitest';

import { at, BERLIN } from '../../shared/history/make-records';
import { historyHarness, START } from './store-harness';

const HOUR = 3_600_000;

describe('history store: appending', () => {
  it('a record is on disk, on its local day, by the time append returns', () => {
    const { start, onDisk, clock } = historyHarness();
    const store = start();
    clock.setWall(at('2026-03-31 00:30', BERLIN)); // still the 30th in UTC
    const result = store.append({ type: 'nudge', answer: 'took', heldFor: [] });
    const record = {
      type: 'nudge',
      at: at('2026-03-31 00:30', BERLIN),
      day: '2026-03-31',
      answer: 'took',
      heldFor: [],
    };
    expect(result).toEqual({ ok: true, record });
    expect(onDisk()).toMatchObject({ records: [record], clean: true });
    expect(store.list()).toEqual([record]);
  });

  it('a restart reads back every record, in order', () => {
    const { start } = historyHarness();
    const first = start();
    first.append({ type: 'stiffness', score: 3, at: START - HOUR });
    first.append({ type: 'sitting-bout', lengthMs: 2_700_000.4 });
    first.append({ type: 'morning-offer', answer: 'later' });
    expect(start().list()).toEqual(first.list());
    expect(
      start()
        .list()
        .map((r) => r.type),
    ).toEqual(['stiffness', 'sitting-bout', 'morning-offer']);
  });

  it('refuses a record that breaks the schema, naming the field, without throwing or writing', () => {
    const { start, file, log } = historyHarness();
    const store = start();
    const before = file.text();
    const bad = store.append({ type: 'stiffness', score: 12 });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('History record refused: score'));
    expect(bad).toMatchObject({
      ok: false,
      error: {
        kind: 'invalid',
        issues: [{ path: 'score' }],
        message: expect.stringContaining('score'),
      },
    });
    expect(
      store.append({ type: 'nudge', answer: 'took', heldFor: [], at: Number.NaN }),
    ).toMatchObject({
      ok: false,
      error: { kind: 'invalid', issues: [expect.objectContaining({ path: 'at' })] },
    });
    // A summary is compaction's to make; a caller's would skew the totals.
    const forged = { type: 'day-summary', totals: {} } as unknown as Parameters<
      typeof store.append
    >[0];
    expect(store.append(forged)).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect(store.list()).toEqual([]);
    expect(file.text()).toBe(before);
  });

  it('tells listeners of each record, so an open history window can refresh', () => {
    const store = historyHarness().start();
    const listener = vi.fn();
    const stop = store.subscribe(listener);
    store.append({ type: 'stiffness', score: 2 });
    stop();
    store.append({ type: 'stiffness', score: 3 });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("stats and CSV read the records in the user's zone", () => {
    const { start, clock } = historyHarness();
    const store = start();
    clock.setWall(at('2026-03-30 07:10', BERLIN));
    store.append({
      type: 'routine',
      routineId: 'morning-in-bed',
      outcome: 'completed',
      stepsDone: ['cat-cow'],
      activeMs: 400_000,
      plannedMs: 420_000,
      morning: true,
    });
    store.append({ type: 'stiffness', score: 4 });
    expect(store.stats()).toMatchObject({
      today: '2026-03-30',
      streak: { current: 1, doneToday: true },
    });
    expect(store.stats().last30.at(-1)).toEqual({
      day: '2026-03-30',
      breaksTaken: 0,
      stiffness: 4,
    });
    expect(store.exportCsv()).toContain('2026-03-30T07:10:00+02:00');
  });

  it('a zone the platform does not know falls back to UTC, logged once, rather than failing', () => {
    const { start, log } = historyHarness(undefined, { timeZone: () => 'Nowhere/Special' });
    const store = start();
    expect(store.append({ type: 'stiffness', score: 1 })).toMatchObject({
      ok: true,
      record: { day: '2026-03-30' },
    });
    store.append({ type: 'stiffness', score: 2 });
    expect(log.mock.calls).toEqual([[expect.stringContaining('Nowhere/Special')]]);
  });
});

describe('history store: when writing fails', () => {
  it('keeps the record in memory, says so once, and saves everything with the next write that works', () => {
    const { start, file, notices, log } = historyHarness();
    const store = start();
    store.append({ type: 'stiffness', score: 1 });
    file.failWrites = true;
    const first = store.append({ type: 'stiffness', score: 2 });
    const second = store.append({ type: 'stiffness', score: 3 });
    expect(first).toMatchObject({
      ok: false,
      error: { kind: 'not-saved', reason: 'write-failed', record: { score: 2 } },
    });
    expect(second).toMatchObject({ ok: false, error: { kind: 'not-saved' } });
    expect(store.list()).toHaveLength(3);
    expect(notices).toEqual([
      expect.objectContaining({ kind: 'unwritable', message: expect.stringContaining('ENOSPC') }),
    ]);
    expect(log).toHaveBeenCalledTimes(2);

    file.failWrites = false;
    expect(store.append({ type: 'stiffness', score: 4 })).toMatchObject({ ok: true });
    expect(
      start()
        .list()
        .map((r) => r.type === 'stiffness' && r.score),
    ).toEqual([1, 2, 3, 4]);
  });

  it('a write torn halfway (a disk filling up) is replaced whole, so no line is glued to a fragment', () => {
    const { start, file, onDisk } = historyHarness();
    const store = start();
    store.append({ type: 'stiffness', score: 1 });
    file.tearAppends = true;
    expect(store.append({ type: 'stiffness', score: 2 })).toMatchObject({ ok: false });
    file.tearAppends = false;
    expect(store.append({ type: 'stiffness', score: 3 })).toMatchObject({ ok: true });
    expect(onDisk()).toMatchObject({ damaged: [], clean: true });
    expect(onDisk().records.map((r) => r.type === 'stiffness' && r.score)).toEqual([1, 2, 3]);
  });
});
