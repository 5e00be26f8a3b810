import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { type DayScript, type Happening, type NudgeAnswer, runDay } from './trace-runner';

const MIN = 60_000;

const interval = (maxStart: number, maxLen: number) =>
  fc.tuple(fc.integer({ min: 1, max: maxStart }), fc.integer({ min: 1, max: maxLen }));

/** Disjoint sleeps: each starts after the previous one ended. */
const sleeps = fc
  .array(
    fc.tuple(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 300 }), fc.boolean()),
    { maxLength: 2 },
  )
  .map((parts) => {
    let t = 0;
    return parts.map(([gap, len, reported]) => {
      const from = t + gap;
      t = from + len;
      return { from, to: t, reported };
    });
  });

const answer: fc.Arbitrary<NudgeAnswer> = fc.oneof(
  fc.constant(undefined),
  fc.constant({ type: 'skip' } as const),
  fc.constantFrom(5, 10, 20).map((min) => ({ type: 'snooze', min }) as const),
  fc.integer({ min: 1, max: 8 }).map((lastsMin) => ({ type: 'stretch', lastsMin }) as const),
);

const tray: fc.Arbitrary<[number, Happening]> = fc.tuple(
  fc.integer({ min: 1, max: 600 }),
  fc.oneof(
    fc.constantFrom(30, 60, 120).map((min): Happening => ({ type: 'pause', min })),
    fc.constant<Happening>({ type: 'resume-reminders' }),
  ),
);

const day: fc.Arbitrary<DayScript> = fc
  .record({
    durationMin: fc.integer({ min: 60, max: 700 }),
    away: fc.array(interval(600, 90), { maxLength: 6 }),
    locks: fc.array(interval(600, 60), { maxLength: 3 }),
    sleeps,
    monoStopsInSleep: fc.boolean(),
    clockJumps: fc.array(
      fc.tuple(fc.integer({ min: 1, max: 600 }), fc.integer({ min: -3 * 60, max: 3 * 60 })),
      {
        maxLength: 2,
      },
    ),
    tray: fc.array(tray, { maxLength: 4 }),
    idleStuck: fc.boolean(),
    workHours: fc.boolean(),
    answers: fc.array(answer, { minLength: 1, maxLength: 10 }),
  })
  .map((g) => ({
    durationMin: g.durationMin,
    away: [
      ...g.away.map(([a, l]): [number, number] => [a, a + l]),
      ...g.locks.map(([a, l]): [number, number] => [a, a + l]),
    ],
    sleeps: g.sleeps,
    monoStopsInSleep: g.monoStopsInSleep,
    clockJumps: g.clockJumps.map(([m, byMin]): [number, number] => [m, byMin * MIN]),
    at: [
      ...g.locks.flatMap(([a, l]): [number, Happening][] => [
        [a, { type: 'lock' }],
        [a + l, { type: 'unlock' }],
      ]),
      ...g.tray,
    ],
    idleStuck: g.idleStuck,
    settings: g.workHours
      ? { workHours: { days: [1, 2, 3, 4, 5], ranges: [{ start: '09:30', end: '15:00' }] } }
      : {},
    onNudge: (i: number) => g.answers[i % g.answers.length],
  }));

describe('whatever the day brings', () => {
  it('a bout is never negative nor longer than the time that really passed', () => {
    fc.assert(
      fc.property(day, (script) => {
        for (const { realMs, view } of runDay(script).views) {
          const length = view.bout?.lengthMs ?? 0;
          expect(length).toBeGreaterThanOrEqual(0);
          expect(length).toBeLessThanOrEqual(realMs);
        }
      }),
    );
  });

  it('never nudges while paused, away or outside work hours', () => {
    fc.assert(
      fc.property(day, (script) => {
        for (const check of runDay(script).nudgeChecks) {
          expect(check).toEqual({ paused: false, away: false, workTime: true });
        }
      }),
    );
  });

  it('leaves at least the shortest snooze (5 min) between two nudges, clock jumps included', () => {
    fc.assert(
      fc.property(day, (script) => {
        const { nudges } = runDay(script);
        for (let i = 1; i < nudges.length; i++)
          expect(nudges[i]! - nudges[i - 1]!).toBeGreaterThanOrEqual(5 - 1e-9);
      }),
    );
  });
});
