import { describe, expect, it } from 'vitest';

import { HistoryRecordSchema, RawRecordSchema } from '@shared/history/records';
import { summariseOldDays } from '@shared/history/summarise';

import {
  BERLIN,
  bout,
  deskBreak,
  morningRoutine,
  naturalBreak,
  nudge,
  offer,
  stiffness,
} from './make-records';

const issuePaths = (value: unknown) => {
  const result = HistoryRecordSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('history record schemas', () => {
  it('accepts one of each type', () => {
    const records = [
      morningRoutine('2026-03-30 07:00', BERLIN),
      deskBreak('2026-03-30 10:00', BERLIN, { routineId: 'custom-neck' }),
      nudge('2026-03-30 10:00', BERLIN, 'snoozed', ['camera', 'fullscreen']),
      offer('2026-03-30 06:55', BERLIN, 'not-today'),
      naturalBreak('2026-03-30 12:00', BERLIN),
      bout('2026-03-30 11:00', BERLIN, 3_000_000),
      stiffness('2026-03-30 07:08', BERLIN, 0),
    ];
    for (const record of records) expect(HistoryRecordSchema.parse(record)).toEqual(record);
  });

  it('rounds durations to whole milliseconds (monotonic clocks give fractions)', () => {
    const record = { ...bout('2026-03-30 11:00', BERLIN, 0), lengthMs: 1234.56 };
    expect(RawRecordSchema.parse(record)).toMatchObject({ lengthMs: 1235 });
  });

  it('names the field at fault', () => {
    const at = nudge('2026-03-30 10:00', BERLIN);
    expect(issuePaths({ ...stiffness('2026-03-30 07:00', BERLIN, 3), score: 11 })).toEqual([
      'score',
    ]);
    expect(issuePaths({ ...stiffness('2026-03-30 07:00', BERLIN, 3), score: 2.5 })).toEqual([
      'score',
    ]);
    expect(issuePaths({ ...at, answer: 'maybe' })).toEqual(['answer']);
    expect(issuePaths({ ...at, heldFor: ['camera', 'camera'] })).toEqual(['heldFor']);
    expect(issuePaths({ ...at, heldFor: ['lunch'] })).toEqual(['heldFor.0']);
    expect(issuePaths({ ...at, day: '2026-02-30' })).toEqual(['day']);
    expect(issuePaths({ ...at, at: -5 })).toEqual(['at']);
    expect(issuePaths({ ...at, extra: 1 })).toEqual(['']);
    expect(
      issuePaths({ ...morningRoutine('2026-03-30 07:00', BERLIN), stepsDone: ['splits'] }),
    ).toEqual(['stepsDone.0']);
    expect(issuePaths({ ...at, type: 'meeting' })).toEqual(['type']);
  });

  it('only compaction makes day summaries: a service cannot hand one in', () => {
    const [summary] = summariseOldDays([nudge('2025-01-01 10:00', BERLIN)], '2026-01-01').records;
    expect(HistoryRecordSchema.safeParse(summary).success).toBe(true);
    expect(RawRecordSchema.safeParse(summary).success).toBe(false);
  });
});
