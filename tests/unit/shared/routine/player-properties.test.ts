import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  buildTimeline,
  endEarly,
  fromSnapshot,
  pausePlayer,
  type PlayerState,
  playerView,
  restartStretch,
  resumePlayer,
  settle,
  skipBack,
  skipForward,
  snapshotFrom,
  startPlayer,
  type Timeline,
} from '@shared/routine';

import { routineArb } from './fixtures';

const T0 = 10_000;
const timelineArb = routineArb.map(({ routine, lookup }) => buildTimeline(routine, lookup));

type UserOp = 'pause' | 'resume' | 'next' | 'back' | 'restart' | 'end';
const userOps: Record<UserOp, (t: Timeline, s: PlayerState, now: number) => PlayerState> = {
  pause: (_t, s, now) => pausePlayer(s, now),
  resume: (_t, s, now) => resumePlayer(s, now),
  next: skipForward,
  back: skipBack,
  restart: restartStretch,
  end: (_t, s, now) => endEarly(s, now),
};

/**
 * A push from main as the renderer takes it: main settles and measures the player, the
 * renderer re-anchors the snapshot on its own clock.
 */
const pushed = (t: Timeline, s: PlayerState, now: number): PlayerState =>
  fromSnapshot(snapshotFrom(t, settle(t, s, now), now), now);

/** Evaluations a UI or a service might make between user actions, at any rate. */
type Tick = 'settle' | 'snapshot' | 'view';
const ticks: Record<Tick, (t: Timeline, s: PlayerState, now: number) => PlayerState> = {
  settle,
  snapshot: pushed,
  view: (t, s, now) => (playerView(t, s, now), s),
};

const gapArb = fc.integer({ min: 0, max: 60_000 });
const userStepArb = fc.record({
  gap: gapArb,
  op: fc.constantFrom(...(Object.keys(userOps) as UserOp[])),
  ticks: fc.array(
    fc.record({ gap: gapArb, tick: fc.constantFrom(...(Object.keys(ticks) as Tick[])) }),
    { maxLength: 4 },
  ),
});

type UserStep = typeof userStepArb extends fc.Arbitrary<infer S> ? S : never;

describe('player properties', () => {
  it('never shows more time remaining as time goes on while running', () => {
    fc.assert(
      fc.property(
        timelineArb,
        fc.array(fc.integer({ min: -5_000, max: 2_000_000 })),
        (t, offsets) => {
          const state = startPlayer(T0);
          const times = offsets.map((o) => T0 + o).sort((a, b) => a - b);
          let last = playerView(t, state, T0 - 1);
          for (const now of times) {
            const view = playerView(t, state, now);
            expect(view.totalRemainingMs).toBeLessThanOrEqual(last.totalRemainingMs);
            if (view.step === last.step) {
              expect(view.stepRemainingMs).toBeLessThanOrEqual(last.stepRemainingMs);
            }
            last = view;
          }
        },
      ),
    );
  });

  it('never shows more time remaining when the clock jumps back between pushes', () => {
    fc.assert(
      fc.property(
        timelineArb,
        fc.array(fc.integer({ min: -100_000, max: 2_000_000 })),
        (t, offsets) => {
          let state = startPlayer(T0);
          let lastRemaining = t.totalMs;
          for (const offset of offsets) {
            state = pushed(t, state, T0 + offset);
            const view = playerView(t, state, T0 + offset);
            expect(view.totalRemainingMs).toBeLessThanOrEqual(lastRemaining);
            lastRemaining = view.totalRemainingMs;
          }
        },
      ),
    );
  });

  it('freezes while paused: any later time shows the same until resume', () => {
    fc.assert(
      fc.property(
        timelineArb,
        fc.array(userStepArb, { maxLength: 6 }),
        gapArb,
        fc.array(gapArb, { minLength: 1, maxLength: 5 }),
        (t, steps, pauseGap, laterGaps) => {
          let { state, now } = run(t, steps, true);
          now += pauseGap;
          state = pausePlayer(settle(t, state, now), now);
          fc.pre(state.status === 'paused');
          const frozen = playerView(t, state, now);
          for (const gap of laterGaps) {
            now += gap;
            expect(playerView(t, state, now)).toEqual(frozen);
          }
          // Resuming picks up exactly where it froze.
          expect(playerView(t, resumePlayer(state, now), now)).toEqual({
            ...frozen,
            status: 'running',
          });
        },
      ),
    );
  });

  it('does not drift: the view at a time is the same however many ticks came before', () => {
    fc.assert(
      fc.property(
        timelineArb,
        fc.array(userStepArb, { maxLength: 10 }),
        gapArb,
        (t, steps, gap) => {
          const withTicks = run(t, steps, true);
          const without = run(t, steps, false);
          expect(withTicks.now).toBe(without.now);
          const end = without.now + gap;
          expect(playerView(t, settle(t, withTicks.state, end), end)).toEqual(
            playerView(t, settle(t, without.state, end), end),
          );
        },
      ),
    );
  });
});

/**
 * Plays user actions at their times, settling first as the session service does. With
 * `withTicks`, the evaluations in between happen too; the times are the same either way.
 */
function run(
  t: Timeline,
  steps: readonly UserStep[],
  withTicks: boolean,
): { state: PlayerState; now: number } {
  let now = T0;
  let state = startPlayer(now);
  for (const step of steps) {
    for (const { gap, tick } of step.ticks) {
      now += gap;
      if (withTicks) state = ticks[tick](t, state, now);
    }
    now += step.gap;
    state = userOps[step.op](t, settle(t, state, now), now);
  }
  return { state, now };
}
