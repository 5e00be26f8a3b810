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
/** The moment `min` minutes in; `wallShift` moves only the wall clock. */
const at = (min: number, wallShift = 0): Instant => ({
  wall: W0 + min * MIN + wallShift,
  mono: 50_000 + min * MIN,
});

function run(events: TrackerEvent[], start = initialTracker(at(0))): TrackerState {
  return events.reduce((s, e) => applyEvent(s, e, config), start);
}
const sample = (min: number, idleMin: number, wallShift = 0): TrackerEvent => ({
  type: 'idle-sample',
  at: at(min, wallShift),
  idleS: Math.round(idleMin * 60),
});

/** Readings every 5 min of someone typing, as the sampler schedules them; longer silences count as unseen time. */
const typing = (fromMin: number, toMin: number): TrackerEvent[] =>
  Array.from({ length: Math.floor((toMin - fromMin) / 5) + 1 }, (_, i) =>
    sample(fromMin + i * 5, 0),
  );

describe('sitting tracker', () => {
  it('counts a short pause as sitting (reading is sitting)', () => {
    const s = run([sample(5, 0), sample(9, 4)]);
    expect(trackerView(s, at(9)).bout?.lengthMs).toBe(9 * MIN);
    expect(trackerView(s, at(9)).away).toBe(false);
  });

  it('ends the bout at the last input once the user has been gone a natural break', () => {
    const s = run([sample(5, 0), sample(12, 6)]);
    const view = trackerView(s, at(12));
    expect(view).toMatchObject({ bout: null, away: true });
    expect(view.history.bouts).toEqual([
      { startedAtWall: W0, lengthMs: 6 * MIN, endedBy: 'break' },
    ]);
  });

  it('starts the next bout when the user comes back, and records the break', () => {
    const s = run([sample(5, 0), sample(12, 6), sample(17, 11), sample(22, 0)]);
    // Back at work some time after the look at minute 17: counted from then, never later.
    expect(trackerView(s, at(40)).bout).toEqual({
      startedAtWall: W0 + 17 * MIN,
      startedAtMono: at(17).mono,
      lengthMs: 23 * MIN,
    });
    expect(s.history.breaks).toEqual([
      { startedAtWall: W0 + 6 * MIN, lengthMs: 11 * MIN, kind: 'idle' },
    ]);
  });

  it('counts a return seen late (a look long overdue) from at most 5 min before the input', () => {
    const s = run([sample(5, 0), sample(12, 6), sample(30, 0)]);
    expect(trackerView(s, at(40)).bout).toMatchObject({ startedAtMono: at(25).mono });
    expect(s.history.breaks).toEqual([
      { startedAtWall: W0 + 6 * MIN, lengthMs: 19 * MIN, kind: 'idle' },
    ]);
  });

  it('keeps the bout through a 3-minute lock, ends it after 5 minutes locked', () => {
    const short = run([
      ...typing(0, 20),
      { type: 'lock', at: at(20) },
      { type: 'unlock', at: at(23) },
    ]);
    expect(trackerView(short, at(30)).bout?.lengthMs).toBe(30 * MIN);
    const long = run([...typing(0, 20), { type: 'lock', at: at(20) }]);
    expect(trackerView(long, at(24)).away).toBe(true);
    expect(trackerView(long, at(24)).bout?.lengthMs).toBe(24 * MIN);
    expect(trackerView(long, at(25)).bout).toBeNull();
    const back = run([{ type: 'unlock', at: at(40) }], long);
    expect(trackerView(back, at(41)).bout?.lengthMs).toBe(1 * MIN);
    expect(back.history.bouts.at(-1)).toMatchObject({ lengthMs: 20 * MIN, endedBy: 'lock' });
  });

  it('measures a sleep by the wall clock when the monotonic clock stopped during it', () => {
    const asleep = run([...typing(0, 20), { type: 'suspend', at: at(20) }]);
    const s = run([{ type: 'resume', at: at(21, 60 * MIN) }], asleep);
    expect(s.history.breaks.at(-1)).toMatchObject({ kind: 'suspend', lengthMs: 61 * MIN });
    expect(trackerView(s, at(25, 60 * MIN)).bout?.lengthMs).toBe(4 * MIN);
  });

  it('takes an idle reading after a suspend as the resume the OS did not send', () => {
    const s = run([{ type: 'suspend', at: at(20) }, sample(90, 0)]);
    expect(trackerView(s, at(91)).bout?.lengthMs).toBe(1 * MIN);
  });

  it('restarts the bout when a stretch routine is completed', () => {
    const s = run([...typing(0, 40), { type: 'routine-completed', at: at(44) }]);
    expect(trackerView(s, at(50)).bout?.lengthMs).toBe(6 * MIN);
    expect(s.history.bouts.at(-1)).toMatchObject({ lengthMs: 44 * MIN, endedBy: 'stretch' });
  });

  it('reports a clock set back without shortening the bout', () => {
    const s = run([sample(5, 0), sample(10, 0, -60 * MIN)]);
    const view = trackerView(s, at(10, -60 * MIN));
    expect(view.bout?.lengthMs).toBe(10 * MIN);
    expect(view.lastClockJumpMs).toBe(-60 * MIN);
  });

  it('ends the bout when readings stop for longer than the sampler ever waits (a sleep nobody reported)', () => {
    const s = run([...typing(0, 20), sample(60, 0)]);
    expect(trackerView(s, at(60)).bout?.lengthMs).toBe(0);
    expect(s.history.bouts.at(-1)).toMatchObject({ lengthMs: 20 * MIN, endedBy: 'unobserved' });
  });

  it('ignores an event older than the last one', () => {
    const s = run([sample(10, 0)]);
    expect(applyEvent(s, sample(5, 0), config)).toBe(s);
  });

  it('flags idle detection as stuck after two hours of zero readings, and recovers on a real one', () => {
    const zeros = Array.from({ length: 25 }, (_, i) => sample(i * 5, 0));
    const stuck = run(zeros);
    expect(trackerView(stuck, at(120)).idleDetection).toBe('stuck');
    expect(trackerView(run(zeros.slice(0, 20)), at(100)).idleDetection).toBe('ok');
    expect(trackerView(run([sample(125, 0.5)], stuck), at(125)).idleDetection).toBe('ok');
  });

  it('keeps the last 50 bouts only', () => {
    const events: TrackerEvent[] = [];
    for (let i = 0; i < 60; i++)
      events.push(sample(i * 10 + 5, 0), { type: 'routine-completed', at: at(i * 10 + 10) });
    const s = run(events);
    expect(s.history.bouts).toHaveLength(50);
    expect(s.history.bouts.at(-1)?.startedAtWall).toBe(W0 + 590 * MIN);
  });
});
