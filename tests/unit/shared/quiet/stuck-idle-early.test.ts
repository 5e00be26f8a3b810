import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  type EarlyStuckState,
  freshEarlyStuck,
  type IdleObservation,
  observeIdle,
} from '@shared/quiet/stuck-idle-early';

const MIN = 60_000;
const S = 1_000;
const run = (events: IdleObservation[], start: EarlyStuckState = freshEarlyStuck) =>
  events.reduce((state, event) => observeIdle(state, event), start);
const read = (min: number, idleS = 0): IdleObservation => ({
  type: 'reading',
  atMono: min * MIN,
  idleS,
});
const os = (type: 'lock' | 'unlock' | 'suspend' | 'resume', min: number): IdleObservation => ({
  type,
  atMono: min * MIN,
});
/** Readings every `stepMin` from `from` to `to`, each computed by `idleAt`. */
const readings = (from: number, to: number, stepMin: number, idleAt: (min: number) => number) =>
  Array.from({ length: Math.floor((to - from) / stepMin) + 1 }, (_, i) => {
    const min = from + i * stepMin;
    return read(min, idleAt(min));
  });

describe('early stuck-idle check', () => {
  it('flags a counter that reads 0 under a locked screen, about three minutes into the lock', () => {
    const locked = run([read(0), os('lock', 1)]);
    expect(
      run(
        readings(2, 3, 1, () => 0),
        locked,
      ).stuck,
    ).toBe(false);
    expect(
      run(
        readings(2, 4, 1, () => 0),
        locked,
      ).stuck,
    ).toBe(true);
  });

  it('after a long run of zeros at the desk, one contradiction under the lock is enough', () => {
    const desk = run([...readings(0, 60, 5, () => 0), os('lock', 61)]);
    expect(run([read(62)], desk).stuck).toBe(false);
    expect(run([read(62), read(63)], desk).stuck).toBe(true);
  });

  it('never flags a live counter: it grows under the lock, whatever the desk readings were', () => {
    const day = [
      ...readings(0, 120, 5, () => 0), // typing flat out for two hours: every reading 0
      os('lock', 121),
      ...readings(122, 140, 1, (min) => (min - 121) * 60), // grows while locked
      os('unlock', 140.1),
      ...readings(141, 300, 5, () => 0),
    ];
    expect(run(day).stuck).toBe(false);
  });

  it('typing the password is not a contradiction: the unlock follows within seconds', () => {
    const events = [
      read(0),
      os('lock', 1),
      read(2, 60),
      read(10), // mid-password: the lock screen took the keys
      { type: 'unlock', atMono: 10 * MIN + 8 * S } as const,
      ...readings(15, 200, 5, () => 0),
    ];
    expect(run(events).stuck).toBe(false);
  });

  it('one woken lock screen is not enough; a half hour of zeros after it is', () => {
    // They wake the lock screen, read it for 90 s, then type the password: one confirmed 0.
    const woken = run([read(0, 40), os('lock', 1), read(2, 60), read(3), os('unlock', 4.5)]);
    expect(woken).toMatchObject({ contradictions: 1, stuck: false });
    expect(
      run(
        readings(5, 25, 5, () => 0),
        woken,
      ).stuck,
    ).toBe(false);
    // Only if every reading stays 0 for half an hour does it count: then a live counter would
    // have had to catch a keystroke within a second at every look. Any reading above 0 clears it.
    expect(
      run(
        readings(5, 35, 5, () => 0),
        woken,
      ).stuck,
    ).toBe(true);
    expect(run([...readings(5, 20, 5, () => 0), read(22, 3)], woken).contradictions).toBe(0);
  });

  it('the keystroke that locks, or the key that wakes the machine, is no contradiction', () => {
    const events = [
      read(0),
      os('lock', 1),
      { type: 'reading', atMono: MIN + 10 * S, idleS: 0 } as const, // Win+L itself
      os('suspend', 1.5),
      os('resume', 30),
      { type: 'reading', atMono: 30 * MIN + 5 * S, idleS: 0 } as const, // the wake key
      { type: 'unlock', atMono: 30 * MIN + 20 * S } as const,
    ];
    const state = run(events);
    expect(state.contradictions).toBe(0);
    expect(state.stuck).toBe(false);
  });

  it('a counter stuck across a sleep is caught on the lock screen after the resume', () => {
    const events = [read(0), os('lock', 1), os('suspend', 1.2), os('resume', 90)];
    const state = run([...events, ...readings(91, 93, 1, () => 0)]);
    expect(state.stuck).toBe(true);
  });

  it('any reading above 0 proves the counter works and starts over', () => {
    const stuck = run([read(0), os('lock', 1), ...readings(2, 5, 1, () => 0)]);
    expect(stuck.stuck).toBe(true);
    const live = observeIdle(stuck, read(6, 300));
    expect(live).toMatchObject({ stuck: false, contradictions: 0, zeroRunSinceMono: null });
    expect(live.lockedSinceMono).not.toBeNull(); // still locked: the next zero is judged as such
  });

  it('property: a live counter is never flagged, however the user types, locks and sleeps', () => {
    // A day as the OS would report it: input at the desk at random moments, locks with the
    // password typed just before each unlock, readings at random times in between.
    const action = fc.oneof(
      fc.record({ kind: fc.constant('type' as const), forS: fc.integer({ min: 1, max: 3600 }) }),
      fc.record({ kind: fc.constant('idle' as const), forS: fc.integer({ min: 1, max: 3600 }) }),
      fc.record({
        kind: fc.constant('lock' as const),
        forS: fc.integer({ min: 5, max: 7200 }),
        sleeps: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(
        fc.array(action, { maxLength: 40 }),
        fc.integer({ min: 20, max: 400 }),
        (day, everyS) => {
          let state = freshEarlyStuck;
          let t = 0;
          let lastInput = 0;
          const readUntil = (end: number, typing: boolean) => {
            for (let at = t + everyS * S; at <= end; at += everyS * S) {
              if (typing) lastInput = at - (at % 1500); // a key every 1.5 s
              state = observeIdle(state, {
                type: 'reading',
                atMono: at,
                idleS: Math.floor((at - lastInput) / S),
              });
            }
          };
          for (const step of day) {
            const end = t + step.forS * S;
            if (step.kind === 'lock') {
              state = observeIdle(state, { type: 'lock', atMono: t });
              lastInput = t;
              if (step.sleeps) state = observeIdle(state, { type: 'suspend', atMono: t + S });
              if (step.sleeps) state = observeIdle(state, { type: 'resume', atMono: end - 4 * S });
              readUntil(end - 4 * S, false);
              lastInput = end - S; // the password
              state = observeIdle(state, { type: 'reading', atMono: end - 500, idleS: 0 });
              state = observeIdle(state, { type: 'unlock', atMono: end });
            } else {
              readUntil(end, step.kind === 'type');
            }
            t = end;
            expect(state.stuck).toBe(false);
          }
        },
      ),
    );
  });
});
