import { describe, expect, it } from 'vitest';

import { DAY_START_WALL } from './trace-clock';
import { runDay } from './trace-runner';

const HOUR = 60 * 60_000;
const skipAll = () => ({ type: 'skip' }) as const;

describe('a workday of sitting', () => {
  it('nudges after 45 min of sitting, then repeats an ignored nudge three times, 5 min apart', () => {
    expect(runDay({ durationMin: 110 }).nudges).toEqual([45, 50, 55, 60, 105]);
  });

  it('starts counting afresh after a lunch away from the desk', () => {
    const day = runDay({ durationMin: 240, away: [[120, 180]], onNudge: skipAll });
    // 45 and 90 before lunch; back at 180, so the next one is 45 min later, not at 135. The
    // return counts from the last look that found them away (179): a little early, never late.
    expect(day.nudges).toEqual([45, 90, 224]);
  });

  it('keeps counting through a 4-minute coffee, but not through a 6-minute one', () => {
    expect(runDay({ durationMin: 80, away: [[20, 24]], onNudge: skipAll }).nudges).toEqual([45]);
    // Back at 26, seen at the look at 30, counted from the look before (25): 45 min on is 70.
    expect(runDay({ durationMin: 80, away: [[20, 26]], onNudge: skipAll }).nudges).toEqual([70]);
  });

  it('treats the night locked and asleep as a break, even when the monotonic clock stops', () => {
    const day = runDay({
      durationMin: 26 * 60,
      away: [[600, 1441]],
      at: [
        [600, { type: 'lock' }],
        [1441, { type: 'unlock' }],
      ],
      sleeps: [{ from: 605, to: 1440 }],
      monoStopsInSleep: true,
      onNudge: skipAll,
    });
    const evening = Array.from({ length: 13 }, (_, i) => 45 * (i + 1));
    expect(day.nudges).toEqual(
      [...evening, 1441 + 45, 1441 + 90, 1441 + 135].filter((m) => m < 26 * 60),
    );
    expect(day.tracker.history.breaks.at(-1)).toMatchObject({ kind: 'lock' });
    expect(day.tracker.history.breaks.at(-1)!.lengthMs).toBeGreaterThanOrEqual(841 * 60_000);
  });

  it('snoozes, then resets the count once the stretch is done', () => {
    const day = runDay({
      durationMin: 120,
      onNudge: (i) => (i === 0 ? { type: 'snooze', min: 10 } : { type: 'stretch', lastsMin: 4 }),
    });
    // Snoozed at 45 for 10 min; stretched 55-59, so the next one is 45 min after 59.
    expect(day.nudges).toEqual([45, 55, 104]);
  });

  it('freezes the count while paused and carries on after resume', () => {
    const resumedByHand = runDay({
      durationMin: 90,
      at: [
        [20, { type: 'pause', min: 30 }],
        [35, { type: 'resume-reminders' }],
      ],
      onNudge: skipAll,
    });
    expect(resumedByHand.nudges).toEqual([60]); // 20 min sat, 15 paused, 25 more
    const pauseRanOut = runDay({
      durationMin: 200,
      at: [[40, { type: 'pause', min: 120 }]],
      onNudge: skipAll,
    });
    expect(pauseRanOut.nudges).toEqual([165]); // none during the two hours
  });

  it('pauses until tomorrow morning by the wall clock', () => {
    const nextMorning = DAY_START_WALL + 24 * HOUR; // 08:00 the next day
    const day = runDay({
      durationMin: 1501,
      at: [[30, { type: 'pause-until', untilWall: nextMorning }]],
      onNudge: skipAll,
    });
    // 30 min sat before the pause; 15 more after it ends at 08:00 (minute 1440).
    expect(day.nudges).toEqual([1455, 1500]);
  });

  it('nudges only within work hours, at their start if the limit passed before', () => {
    const day = runDay({
      durationMin: 600,
      settings: {
        workHours: {
          days: [1, 2, 3, 4, 5],
          ranges: [
            { start: '09:00', end: '12:00' },
            { start: '13:00', end: '17:30' },
          ],
        },
      },
      onNudge: skipAll,
    });
    // The day starts 08:00: minute 60 is 09:00, 240 is 12:00, 300 is 13:00, 570 is 17:30.
    expect(day.nudges).toEqual([60, 105, 150, 195, 300, 345, 390, 435, 480, 525]);
  });
});

describe('clock changes and broken idle detection', () => {
  it('ignores the clock set back an hour: same nudge, no negative bout', () => {
    const day = runDay({ durationMin: 60, clockJumps: [[20, -HOUR]], onNudge: skipAll });
    expect(day.nudges).toEqual([45]);
    expect(day.tracker.lastClockJump?.skewMs).toBe(-HOUR);
    for (const { view } of day.views)
      expect(view.bout?.lengthMs ?? 0).toBeLessThanOrEqual(60 * 60_000);
  });

  it('does not inflate the bout when the clock is set forward 3 h, nor fire a burst', () => {
    const day = runDay({ durationMin: 120, clockJumps: [[22, 3 * HOUR]], onNudge: skipAll });
    // The leap looks like an unreported sleep: the bout restarts at the next reading (25).
    expect(day.nudges).toEqual([70, 115]);
    const at30 = day.views.find((v) => v.minute >= 30)!;
    expect(at30.view.bout!.lengthMs).toBeLessThanOrEqual(5 * 60_000);
  });

  it('counts a sleep the OS never reported as a break', () => {
    const day = runDay({
      durationMin: 1500,
      away: [[600, 1440]],
      sleeps: [{ from: 600, to: 1440, reported: false }],
      monoStopsInSleep: true,
      onNudge: skipAll,
    });
    // The sampling timer was due at 605 on the monotonic clock: it fires 5 min after waking.
    expect(day.nudges.filter((m) => m > 600)).toEqual([1490]);
  });

  it('falls back to plain intervals when idle time is stuck at 0, still honouring locks', () => {
    const day = runDay({
      durationMin: 400,
      idleStuck: true,
      away: [[120, 180]],
      at: [
        [300, { type: 'lock' }],
        [330, { type: 'unlock' }],
      ],
      onNudge: skipAll,
    });
    // Lunch cannot be seen without idle time; the 30-minute lock can.
    expect(day.nudges).toEqual([45, 90, 135, 180, 225, 270, 375]);
    const later = day.views.find((v) => v.minute >= 130)!;
    expect(later.view.idleDetection).toBe('stuck');
  });

  it('wakes at most 80 times an hour at the desk, against 3,600 for a 1-second poller', () => {
    const day = runDay({ durationMin: 240, away: [[120, 180]], onNudge: skipAll });
    for (const hour of [0, 1, 3]) {
      const wakeups = day.samples.filter((m) => m >= hour * 60 && m < (hour + 1) * 60).length;
      expect(wakeups).toBeLessThanOrEqual(80);
    }
  });
});
