import { describe, expect, it } from 'vitest';

import { replayWorkday, standardWorkday } from '../../../support/workday-script';

describe('a scripted 8-hour workday through the sitting service', () => {
  const day = replayWorkday(standardWorkday);

  it('wakes main at most 80 times an hour at the desk, tray refreshes included', () => {
    expect(day.deskWakeupsPerHour).toBeLessThanOrEqual(80);
    for (const perHour of day.wakeupsPerHour) expect(perHour).toBeLessThanOrEqual(80);
  });

  it('reads the idle time a few dozen times an hour, not thousands', () => {
    expect(day.idleReads / 8).toBeLessThan(25);
  });

  it('nudges as the day goes: snooze, stretch, an ignored repeat, skip, and after lunch', () => {
    expect(day.nudges.map(Math.round)).toEqual([45, 55, 104, 109, 191, 290, 395, 454]);
  });
});
