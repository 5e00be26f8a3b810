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
const at = (min: number): Instant => ({ wall: W0 + min * MIN, mono: 50_000 + min * MIN });
const run = (events: TrackerEvent[], start = initialTracker(at(0))): TrackerState =>
  events.reduce((s, e) => applyEvent(s, e, config), start);
const sample = (min: number, idleMin: number): TrackerEvent => ({
  type: 'idle-sample',
  at: at(min),
  idleS: Math.round(idleMin * 60),
});
/** Readings every 5 min of someone typing, as the sampler schedules them at the desk. */
const typing = (fromMin: number, toMin: number): TrackerEvent[] =>
  Array.from({ length: Math.floor((toMin - fromMin) / 5) + 1 }, (_, i) =>
    sample(fromMin + i * 5, 1 / 30),
  );
/** Samples once a minute while away, as the sampler takes them, of a user gone since `sinceMin`. */
const awayFrom = (sinceMin: number, fromMin: number, toMin: number): TrackerEvent[] =>
  Array.from({ length: toMin - fromMin + 1 }, (_, i) =>
    sample(fromMin + i, fromMin + i - sinceMin),
  );

/** Some desktops send lock-screen but never unlock-screen. */
describe('a lock the OS never reports ending', () => {
  it('ends with the first fresh input after it: the user is back, not away forever', () => {
    const s = run([
      ...typing(0, 20),
      { type: 'lock', at: at(20) },
      ...awayFrom(20, 21, 50),
      sample(50.5, 0.25), // typing again from 50¼, and no unlock came
    ]);
    const view = trackerView(s, at(60));
    expect(view.away).toBe(false);
    expect(view.bout?.lengthMs).toBeCloseTo(9.75 * MIN, -3);
    expect(s.history.bouts.at(-1)).toMatchObject({ lengthMs: 20 * MIN, endedBy: 'lock' });
    expect(s.history.breaks.at(-1)).toMatchObject({ kind: 'lock' });
  });

  it('a short one keeps the bout, as a short lock with its unlock does', () => {
    const s = run([...typing(0, 20), { type: 'lock', at: at(20) }, sample(22, 0.5)]);
    expect(trackerView(s, at(30)).bout?.lengthMs).toBe(30 * MIN);
  });

  it('the keystroke that locked the screen is not taken for a return', () => {
    const s = run([...typing(0, 20), { type: 'lock', at: at(20) }, ...awayFrom(20, 21, 40)]);
    expect(trackerView(s, at(40)).away).toBe(true);
    expect(trackerView(s, at(40)).bout).toBeNull();
  });

  it('an idle counter stuck at 0 proves nothing: the lock still counts as a break', () => {
    const zeros = Array.from({ length: 20 }, (_, i) => sample(21 + i, 0));
    const s = run([...typing(0, 20), { type: 'lock', at: at(20) }, ...zeros]);
    expect(trackerView(s, at(40)).away).toBe(true);
  });
});
