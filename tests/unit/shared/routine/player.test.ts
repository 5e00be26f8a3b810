import { describe, expect, it } from 'vitest';

import {
  activeAt,
  buildTimeline,
  endEarly,
  finishesAt,
  fromSnapshot,
  pausePlayer,
  type PlayerState,
  positionAt,
  restartStretch,
  resumePlayer,
  settle,
  skipBack,
  skipForward,
  snapshotFrom,
  startPlayer,
} from '@shared/routine';
import { PlayerSnapshotSchema } from '@shared/routine/snapshot-schema';

import { fixtureLookup, fixtureRoutine } from './fixtures';

// Steps: setup 0, hold R 10s, switch 40s, hold L 45s, rest 75s, setup 80s, hold 90s, rest 110s,
// setup 115s, flow 125s, end 155s.
const timeline = buildTimeline(fixtureRoutine, fixtureLookup);
const T0 = 1_000;
const at = (seconds: number) => T0 + seconds * 1000;
const running = (positionMs: number, activeMs = positionMs, anchorAt = T0): PlayerState => ({
  status: 'running',
  positionMs,
  activeMs,
  anchorAt,
});

describe('running and pausing', () => {
  it('counts time from the start', () => {
    const state = startPlayer(T0);
    expect(positionAt(state, at(12))).toBe(12_000);
    expect(activeAt(state, at(12))).toBe(12_000);
  });

  it('never moves back when the clock reads earlier than the anchor', () => {
    const state = running(5_000);
    expect(positionAt(state, T0 - 10_000)).toBe(5_000);
    expect(activeAt(state, T0 - 10_000)).toBe(5_000);
  });

  it('freezes on pause and continues from there on resume', () => {
    const paused = pausePlayer(startPlayer(T0), at(20));
    expect(paused).toEqual({ status: 'paused', positionMs: 20_000, activeMs: 20_000 });
    expect(positionAt(paused, at(500))).toBe(20_000);
    const resumed = resumePlayer(paused, at(500));
    expect(positionAt(resumed, at(503))).toBe(23_000);
    expect(activeAt(resumed, at(503))).toBe(23_000);
  });

  it('ignores pause and resume where they do not apply', () => {
    const paused = pausePlayer(startPlayer(T0), at(20));
    expect(pausePlayer(paused, at(30))).toBe(paused);
    const state = startPlayer(T0);
    expect(resumePlayer(state, at(30))).toBe(state);
    const ended = endEarly(state, at(30));
    expect(pausePlayer(ended, at(40))).toBe(ended);
    expect(resumePlayer(ended, at(40))).toBe(ended);
  });
});

describe('skipping', () => {
  it('goes forward to the start of the next step, keeping active time', () => {
    const state = skipForward(timeline, startPlayer(T0), at(3));
    expect(state).toMatchObject({ status: 'running', positionMs: 10_000, activeMs: 3_000 });
    expect(positionAt(state, at(4))).toBe(11_000);
  });

  it('skips a paused player and leaves it paused', () => {
    const paused = pausePlayer(startPlayer(T0), at(3));
    expect(skipForward(timeline, paused, at(60))).toEqual({
      status: 'paused',
      positionMs: 10_000,
      activeMs: 3_000,
    });
  });

  it('completes the routine when skipping forward from the last step', () => {
    const state = skipForward(timeline, running(130_000), at(0));
    expect(state).toEqual({
      status: 'finished',
      positionMs: 155_000,
      activeMs: 130_000,
      outcome: 'completed',
    });
  });

  it('does not count time past the end when skipping an unsettled player', () => {
    const late = startPlayer(T0);
    expect(skipForward(timeline, late, at(300))).toEqual(settle(timeline, late, at(300)));
  });

  it('goes back to the start of the current step when more than 3 s into it', () => {
    expect(skipBack(timeline, running(13_001), at(0)).positionMs).toBe(10_000);
  });

  it('goes back to the previous step when 3 s or less into the current one', () => {
    expect(skipBack(timeline, running(13_000), at(0)).positionMs).toBe(0);
    expect(skipBack(timeline, running(40_000), at(0)).positionMs).toBe(10_000);
  });

  it('stays at the start on the first step', () => {
    expect(skipBack(timeline, running(1_000), at(0)).positionMs).toBe(0);
  });

  it('restarts the current stretch from its setup', () => {
    expect(restartStretch(timeline, running(50_000), at(0)).positionMs).toBe(0);
    expect(restartStretch(timeline, running(100_000), at(0)).positionMs).toBe(80_000);
    // A rest belongs to the stretch it follows.
    expect(restartStretch(timeline, running(112_000), at(0)).positionMs).toBe(80_000);
  });

  it('keeps the anchor when a seek arrives with an earlier clock reading', () => {
    const state = skipForward(timeline, running(0, 0, at(10)), at(5));
    expect(positionAt(state, at(11))).toBe(11_000);
  });

  it('leaves a finished player alone', () => {
    const done = endEarly(running(20_000), at(0));
    expect(skipForward(timeline, done, at(5))).toBe(done);
    expect(skipBack(timeline, done, at(5))).toBe(done);
    expect(restartStretch(timeline, done, at(5))).toBe(done);
    expect(endEarly(done, at(5))).toBe(done);
  });
});

describe('ending', () => {
  it('ends early where the user stopped', () => {
    expect(endEarly(startPlayer(T0), at(42))).toEqual({
      status: 'finished',
      positionMs: 42_000,
      activeMs: 42_000,
      outcome: 'ended-early',
    });
  });

  it('settles a running player at the end as completed, however late the tick', () => {
    const state = startPlayer(T0);
    expect(settle(timeline, state, at(154.999))).toBe(state);
    const onTime = settle(timeline, state, at(155));
    const late = settle(timeline, state, at(400));
    expect(onTime).toEqual({
      status: 'finished',
      positionMs: 155_000,
      activeMs: 155_000,
      outcome: 'completed',
    });
    expect(late).toEqual(onTime);
  });

  it('does not settle a paused player', () => {
    const paused = pausePlayer(startPlayer(T0), at(10));
    expect(settle(timeline, paused, at(1_000))).toBe(paused);
  });

  it('says when a running player will reach the end', () => {
    expect(finishesAt(timeline, startPlayer(T0))).toBe(at(155));
    const skipped = skipForward(timeline, startPlayer(T0), at(2));
    expect(finishesAt(timeline, skipped)).toBe(at(2 + 145));
    expect(finishesAt(timeline, pausePlayer(skipped, at(3)))).toBeUndefined();
  });
});

describe('snapshots', () => {
  it('measures at send time and re-anchors on the receiving clock', () => {
    const snapshot = snapshotFrom(timeline, startPlayer(T0), at(30));
    expect(PlayerSnapshotSchema.parse(snapshot)).toEqual({
      status: 'running',
      positionMs: 30_000,
      activeMs: 30_000,
    });
    const there = fromSnapshot(snapshot, 77);
    expect(positionAt(there, 77 + 5_000)).toBe(35_000);
  });

  it('clamps a player left running past the end', () => {
    expect(snapshotFrom(timeline, startPlayer(T0), at(200))).toEqual({
      status: 'running',
      positionMs: 155_000,
      activeMs: 155_000,
    });
  });

  it('round-trips paused and finished players', () => {
    const paused = pausePlayer(startPlayer(T0), at(9));
    expect(fromSnapshot(snapshotFrom(timeline, paused, at(50)), 3)).toEqual(paused);
    const done = endEarly(startPlayer(T0), at(9));
    expect(fromSnapshot(snapshotFrom(timeline, done, at(50)), 3)).toEqual(done);
  });

  it('does not credit a completion to a finished snapshot without an outcome', () => {
    const state = fromSnapshot({ status: 'finished', positionMs: 155_000, activeMs: 1 }, 0);
    expect(state).toMatchObject({ outcome: 'ended-early' });
  });
});
