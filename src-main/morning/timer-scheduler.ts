import type { Clock, Timers } from '@shared/time/clock';

import type { Scheduler } from './morning-ports';

/**
 * A Scheduler on the app's own timers: wakes at the wall instant as the clock reads it now. The
 * e2e host and tests use it on a fake clock; the app uses node-schedule, which also wakes on
 * the wall clock after a change.
 */
export function createTimerScheduler(clock: Clock, timers: Timers): Scheduler {
  return {
    scheduleAt: (wallMs, callback) =>
      timers.setTimeout(callback, Math.max(0, wallMs - clock.now())),
  };
}
