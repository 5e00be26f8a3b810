import schedule from 'node-schedule';

import type { Dispose } from '@shared/time/clock';

import type { Scheduler } from './morning-ports';

/**
 * The Scheduler port on node-schedule, which keeps a wall-clock date (a plain timer would
 * drift across long waits). It only wakes the service; the service decides.
 *
 * @param onError where an error thrown by a callback goes: node-schedule would otherwise emit
 *   it as an 'error' event nobody listens to, which crashes main. @default console.error
 */
export function createNodeScheduleScheduler(
  onError: (error: unknown) => void = (error) => console.error('Morning wake-up failed:', error),
): Scheduler {
  return {
    scheduleAt(wallMs: number, callback: () => void): Dispose {
      const run = () => {
        try {
          callback();
        } catch (error) {
          onError(error);
        }
      };
      const job = schedule.scheduleJob(new Date(wallMs), run);
      if (job) return () => void job.cancel();
      // node-schedule refuses an instant already past (it returns null): run it soon instead.
      const timer = setTimeout(run, 0);
      return () => clearTimeout(timer);
    },
  };
}
