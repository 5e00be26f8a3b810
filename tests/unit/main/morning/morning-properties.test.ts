import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { morningDecision } from '@shared/morning/decision';
import { instantAt, localDateOf, weekdayOf } from '@shared/morning/local-calendar';
import type { MorningAnswer } from '@shared/morning/types';

import { LATER_MS } from '../../../../src-main/morning/morning-service';
import type { MorningEvent } from '../../../../src-main/morning/morning-service-types';
import { DAY, HOUR, MINUTE, ZONE_CASES, ZONES } from '../../shared/morning/zones';
import type { WakeBehaviour } from './fake-scheduler';
import { MorningHarness } from './morning-harness';

/**
 * Whatever happens to the machine, the user is offered the morning at most once per local day.
 * The day of an offer is the local date on the machine's clock, in its zone, when it was made.
 * Offers after "Later" are counted apart: each is the one re-offer its own Later asked for.
 */

type Move =
  | { kind: 'sleep'; ms: number }
  | { kind: 'awake'; ms: number }
  | { kind: 'jump'; ms: number; announced: boolean }
  | { kind: 'power'; event: 'resume' | 'unlock' | 'lock' }
  | { kind: 'input' }
  | { kind: 'restart' }
  | { kind: 'zone'; zone: string; announced: boolean }
  | { kind: 'answer'; answer: MorningAnswer }
  | { kind: 'busy'; busy: boolean };

const move: fc.Arbitrary<Move> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('sleep'),
      ms: fc.integer({ min: MINUTE, max: 30 * HOUR }),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('awake'),
      ms: fc.integer({ min: MINUTE, max: 12 * HOUR }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('jump'),
      ms: fc.integer({ min: -3 * DAY, max: 3 * DAY }),
      announced: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('power'),
      event: fc.constantFrom('resume', 'unlock', 'lock'),
    }),
  },
  { weight: 3, arbitrary: fc.constant({ kind: 'input' }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'restart' }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('zone'),
      zone: fc.constantFrom(...ZONES),
      announced: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('answer'),
      answer: fc.constantFrom('start', 'later', 'not-today'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('busy'), busy: fc.boolean() }) },
) as fc.Arbitrary<Move>;

const clockTime = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45, 59))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

/** Starts anywhere in 2026, often the evening before a DST night. */
const startWall = fc.oneof(
  fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 11, 31) }),
  fc.constantFrom(
    ...ZONE_CASES.flatMap((c) => [
      c.springForward.resolvesTo - 6 * HOUR,
      c.fallBack.first - 6 * HOUR,
    ]),
  ),
);

const scenario = fc.record({
  zone: fc.constantFrom(...ZONES),
  startWall,
  morning: fc.record({
    time: clockTime,
    catchUpUntil: clockTime,
    days: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
  }),
  behaviours: fc.array(
    fc.constantFrom<WakeBehaviour>('on-time', 'late', 'burst', 'skip', 'stale'),
    {
      minLength: 1,
      maxLength: 4,
    },
  ),
  moves: fc.array(move, { minLength: 1, maxLength: 40 }),
});

function play(h: MorningHarness, step: Move): void {
  switch (step.kind) {
    case 'sleep':
      return h.sleepUntil(h.clock.now() + step.ms);
    case 'awake':
      return h.advanceTo(h.clock.now() + step.ms);
    case 'jump':
      if (step.announced) return h.setClock(h.clock.now() + step.ms);
      return h.clock.setWall(h.clock.now() + step.ms);
    case 'power':
      return h.power.emit(step.event);
    case 'input':
      return h.input();
    case 'restart':
      return h.restart();
    case 'zone':
      if (step.announced) return h.moveTo(step.zone);
      h.zone = step.zone;
      return;
    case 'answer':
      return h.answer(step.answer);
    case 'busy':
      h.busy = step.busy;
      return;
  }
}

type Answered = Extract<MorningEvent, { type: 'answered' }>;

/** The rules, checked over the whole event history of a run. */
function checkHistory(h: MorningHarness): void {
  let lastDay: string | null = null;
  let pendingLater: Answered | null = null;
  h.events.forEach((event, index) => {
    const zone = h.zonesAtEvents[index] ?? h.zone;
    if (event.type === 'answered') {
      pendingLater = event.answer === 'later' ? event : null;
      return;
    }
    expect(event.date).toBe(localDateOf(event.atWall, zone));
    if (event.kind === 'later') {
      // Only the re-offer its own Later asked for: once, on that day, not before 30 min.
      expect(pendingLater).not.toBeNull();
      expect(event.date).toBe(pendingLater?.date);
      expect(event.atWall).toBeGreaterThanOrEqual((pendingLater?.atWall ?? 0) + LATER_MS);
      pendingLater = null;
      return;
    }
    pendingLater = null;
    // Strictly later local days: never two offers on one day, even on a clock set back.
    if (lastDay !== null) expect(event.date > lastDay).toBe(true);
    lastDay = event.date;
    expect(h.config.schedule.days).toContain(weekdayOf(event.date));
    expect(event.atWall).toBeGreaterThanOrEqual(
      instantAt(event.date, h.config.schedule.time, zone),
    );
  });
}

/** A sign of the user, free and present, never leaves a due offer unmade. */
function checkNothingLeftDue(h: MorningHarness): void {
  const record = h.store.read();
  const decision = morningDecision({
    nowWall: h.clock.now(),
    timeZone: h.zone,
    morning: h.config.schedule,
    lastOfferedDate: record.lastOfferedDate,
    laterAtWall: record.laterAtWall,
  });
  expect(decision.due).toBe(false);
}

describe('the morning offer under any sequence of events', () => {
  it('offers at most once per local day, on configured days, never early, one job armed', () => {
    fc.assert(
      fc.property(scenario, ({ zone, startWall, morning, behaviours, moves }) => {
        const h = new MorningHarness({ zone, startWall, morning, behaviours });
        for (const step of moves) {
          play(h, step);
          expect(h.scheduler.armed()).toHaveLength(1);
          if (step.kind === 'input' && !h.busy) checkNothingLeftDue(h);
        }
        checkHistory(h);
      }),
      { numRuns: 200 },
    );
  });
});
