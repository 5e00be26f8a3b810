import { describe, expect, it } from 'vitest';

import { createMemoryLastOfferedStore } from '../../../../src-main/morning/memory-last-offered-store';
import { parseMorningRecord } from '../../../../src-main/morning/morning-record';

describe('the last-offered store', () => {
  it('in memory, hands back what was written, and a copy rather than its own', () => {
    const store = createMemoryLastOfferedStore();
    expect(store.read()).toEqual({ lastOfferedDate: null, laterAtWall: null });
    store.write({ lastOfferedDate: '2026-01-05', laterAtWall: 123 });
    const read = store.read();
    read.laterAtWall = 0;
    expect(store.read()).toEqual({ lastOfferedDate: '2026-01-05', laterAtWall: 123 });
    expect(store.writes()).toBe(1);
  });

  it('a persisted record is read back as written', () => {
    const record = { lastOfferedDate: '2026-01-05', laterAtWall: Date.UTC(2026, 0, 5, 8) };
    expect(parseMorningRecord(JSON.parse(JSON.stringify(record)))).toEqual(record);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'yesterday'],
    ['a bad date', { lastOfferedDate: '5 Jan', laterAtWall: null }],
    ['a bad Later', { lastOfferedDate: null, laterAtWall: 'soon' }],
  ])('a damaged record (%s) reads as never offered', (_label, raw) => {
    expect(parseMorningRecord(raw)).toEqual({ lastOfferedDate: null, laterAtWall: null });
  });
});
