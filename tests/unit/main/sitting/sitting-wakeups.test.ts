import { describe, expect, it } from 'vitest';

import { measureBudgets, wakeupBudget } from '../../../bench/workday-wakeups';
import { replayWorkday, standardWorkday } from '../../../support/workday-script';

describe('a scripted 8-hour workday through the sitting service', () => {
  const day = replayWorkday(standardWorkday);

  it('wakes main at most 20 times an hour at the desk, tray refreshes included', () => {
    expect(day.deskWakeupsPerHour).toBeLessThanOrEqual(wakeupBudget.desk);
    for (const perHour of day.wakeupsPerHour) expect(perHour).toBeLessThanOrEqual(20);
  });

  it('reads the idle time a dozen or so times an hour, not thousands', () => {
    expect(day.idleReads / 8).toBeLessThan(20);
  });

  it('nudges as the day goes: snooze, stretch, an ignored repeat, skip, and after lunch', () => {
    // Each return from a break counts from the last look that found the user away: a nudge
    // may come a few minutes early, never late.
    expect(day.nudges.map(Math.round)).toEqual([45, 55, 104, 109, 189, 290, 395, 453]);
  });
});

describe('the whole of main over scripted days, against the wakeup budget', async () => {
  const { workday, meetings, day } = await measureBudgets();

  it('at the desk: at most 20 an hour, in every hour of the workday', () => {
    expect(workday.limber.deskPerHour).toBeLessThanOrEqual(wakeupBudget.desk);
    for (const perHour of workday.limber.perHour) expect(perHour).toBeLessThanOrEqual(20);
  });

  it('away with the screen on, and locked: at most 15 an hour', () => {
    expect(day.limber.byState.away.minutes).toBeGreaterThan(5 * 60);
    expect(day.limber.byState.away.perHour).toBeLessThanOrEqual(wakeupBudget.away);
    expect(day.limber.byState.locked.minutes).toBeGreaterThan(9 * 60);
    expect(day.limber.byState.locked.perHour).toBeLessThanOrEqual(wakeupBudget.locked);
    expect(day.limber.total).toBeLessThan(250);
  });

  it('on a day with two calls: within budget at the desk, a look a minute only while held', () => {
    expect(meetings.limber.byState.desk.perHour).toBeLessThanOrEqual(wakeupBudget.desk);
    expect(meetings.limber.byState.held.minutes).toBeLessThan(35);
    expect(meetings.limber.byState.held.perHour).toBeLessThanOrEqual(75);
    // The nudge due during the first call (75–125) comes about 30 s after it, not during it.
    expect(meetings.nudges).toContain(126);
    expect(meetings.nudges.some((minute) => minute > 75 && minute < 125)).toBe(false);
  });
});
