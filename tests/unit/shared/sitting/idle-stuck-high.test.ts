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
/** One reading a minute from `fromMin` to `toMin`, each `idleS(minute)` seconds. */
const readings = (fromMin: number, toMin: number, idleS: (min: number) => number) =>
  Array.from({ length: toMin - fromMin + 1 }, (_, i): TrackerEvent => ({
    type: 'idle-sample',
    at: at(fromMin + i),
    idleS: idleS(fromMin + i),
  }));

/** Some setups report an idle time that never comes down again while the user works. */
describe('an idle reading stuck high', () => {
  it('is detected like one stuck at 0, after two hours, and the user counts as present', () => {
    const s = run(readings(1, 125, () => 3 * 3600));
    const view = trackerView(s, at(125));
    expect(view.idleDetection).toBe('stuck');
    // Nudges then come at plain intervals, as with a reading stuck at 0, rather than never.
    expect(view.away).toBe(false);
    expect(view.bout).not.toBeNull();
  });

  it('is not confused with someone really away: their idle time grows with the clock', () => {
    const s = run(readings(1, 10 * 60, (min) => min * 60));
    expect(trackerView(s, at(600))).toMatchObject({ idleDetection: 'ok', away: true, bout: null });
  });

  it('is forgotten at the first small reading', () => {
    const stuck = run(readings(1, 125, () => 3 * 3600));
    const back = run(
      readings(126, 126, () => 4),
      stuck,
    );
    expect(trackerView(back, at(126)).idleDetection).toBe('ok');
  });

  it('is not counted while the screen is locked: a lock makes any idle time honest', () => {
    const s = run([{ type: 'lock', at: at(0) }, ...readings(1, 180, () => 3 * 3600)]);
    expect(trackerView(s, at(180)).idleDetection).toBe('ok');
  });
});
