import { describe, expect, it } from 'vitest';

import {
  applyEvent,
  defaultTrackerConfig as config,
  initialTracker,
  trackerView,
} from '@shared/sitting/tracker';
import type { Instant, TrackerEvent, TrackerState } from '@shared/sitting/types';

const MIN = 60_000;
const W0 = Date.UTC(2026, 0, 5, 9, 0, 0);
/**
 * `min` minutes of running time in; `wallShift` moves only the wall clock (a clock set by hand,
 * or a sleep), `slept` the boot clock too (a sleep: it counts suspended time, monotonic doesn't).
 */
const at = (min: number, wallShift = 0, slept = 0): Instant => ({
  wall: W0 + min * MIN + wallShift,
  mono: 50_000 + min * MIN,
  boot: 9_000_000 + min * MIN + slept,
});
const run = (events: TrackerEvent[], start = initialTracker(at(0))): TrackerState =>
  events.reduce((s, e) => applyEvent(s, e, config), start);
const typing = (min: number, wallShift = 0, slept = 0): TrackerEvent => ({
  type: 'idle-sample',
  at: at(min, wallShift, slept),
  idleS: 2,
});

describe('a wall clock that leaps forward, told apart by a clock that counts suspended time', () => {
  it('set forward by hand while the user keeps working: not a break, the bout goes on', () => {
    const s = run([typing(5), typing(10, 3 * 60 * MIN), typing(15, 3 * 60 * MIN)]);
    const view = trackerView(s, at(15, 3 * 60 * MIN));
    expect(view.bout?.lengthMs).toBe(15 * MIN);
    expect(view.lastClockJumpMs).toBe(3 * 60 * MIN);
    expect(s.history.bouts).toEqual([]);
  });

  it('an unreported sleep: a break as long as the sleep, not as the wall clock says', () => {
    // Slept 40 min, and the wall clock was also set an hour forward meanwhile.
    const s = run([typing(5), typing(10, 100 * MIN, 40 * MIN)]);
    expect(s.history.bouts.at(-1)).toMatchObject({ endedBy: 'unobserved' });
    expect(s.history.breaks.at(-1)?.kind).toBe('unobserved');
    const view = trackerView(
      run([typing(11, 100 * MIN, 40 * MIN)], s),
      at(11, 100 * MIN, 40 * MIN),
    );
    expect(view.bout?.lengthMs).toBeLessThan(1.1 * MIN);
    expect(s.history.breaks.at(-1)?.lengthMs).toBeGreaterThanOrEqual(40 * MIN);
    expect(s.history.breaks.at(-1)?.lengthMs).toBeLessThan(50 * MIN);
  });

  it('a reported sleep is as long as the boot clock says, whatever the wall clock did', () => {
    const s = run([
      typing(5),
      { type: 'suspend', at: at(10) },
      { type: 'resume', at: at(10, 3 * 24 * 60 * MIN, 2 * MIN) },
    ]);
    // Two minutes asleep: shorter than a natural break, so the bout survives.
    expect(trackerView(s, at(12, 3 * 24 * 60 * MIN, 2 * MIN)).bout?.lengthMs).toBe(12 * MIN);
  });

  it('without a boot clock, a forward leap is still counted as time away (it cannot tell)', () => {
    const noBoot = (min: number, wallShift = 0): TrackerEvent => ({
      type: 'idle-sample',
      at: { wall: W0 + min * MIN + wallShift, mono: 50_000 + min * MIN },
      idleS: 2,
    });
    const s = run(
      [noBoot(5), noBoot(10, 3 * 60 * MIN)],
      initialTracker({ wall: W0, mono: 50_000 }),
    );
    expect(s.history.bouts.at(-1)).toMatchObject({ endedBy: 'unobserved' });
  });
});
