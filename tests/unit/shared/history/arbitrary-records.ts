import fc from 'fast-check';

import { HOLD_REASONS } from '@shared/history/kinds';
import { localDayOf } from '@shared/history/local-day';
import type { RawRecord } from '@shared/history/records';

const DAY = 86_400_000;

/** A fast-check generator of raw records of every type over `days` days from `startMs`. */
export function arbitraryRecords(startMs: number, days: number, zone: string, maxLength = 300) {
  const when = fc.integer({ min: 0, max: days * DAY - 1 }).map((offset) => startMs + offset);
  const ms = fc.integer({ min: 0, max: 4 * 3_600_000 });
  const record: fc.Arbitrary<Omit<RawRecord, 'at' | 'day'>> = fc.oneof(
    fc.record({
      type: fc.constant('routine' as const),
      routineId: fc.constantFrom('morning-in-bed', 'desk-break', 'custom-neck' as const),
      outcome: fc.constantFrom('completed', 'abandoned' as const),
      stepsDone: fc.constant(['hip-flexor' as const]),
      activeMs: ms,
      plannedMs: ms,
      morning: fc.boolean(),
    }),
    fc.record({
      type: fc.constant('nudge' as const),
      answer: fc.constantFrom('took', 'snoozed', 'skipped', 'ignored' as const),
      heldFor: fc.subarray([...HOLD_REASONS]),
    }),
    fc.record({
      type: fc.constant('morning-offer' as const),
      answer: fc.constantFrom('start', 'later', 'not-today', 'ignored' as const),
    }),
    fc.record({
      type: fc.constant('natural-break' as const),
      lengthMs: ms,
      kind: fc.constantFrom('idle', 'lock', 'suspend', 'unobserved' as const),
    }),
    fc.record({ type: fc.constant('sitting-bout' as const), lengthMs: ms }),
    fc.record({ type: fc.constant('stiffness' as const), score: fc.integer({ min: 0, max: 10 }) }),
  );
  return fc
    .array(fc.tuple(when, record), { maxLength })
    .map((items) =>
      items
        .sort(([a], [b]) => a - b)
        .map(
          ([wall, fields]) => ({ ...fields, at: wall, day: localDayOf(wall, zone) }) as RawRecord,
        ),
    );
}
