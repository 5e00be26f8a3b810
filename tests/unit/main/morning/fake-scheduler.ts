import type { Dispose } from '@shared/time/clock';

import type { Scheduler } from '../../../../src-main/morning/morning-ports';
import type { FakeClock } from '../../../support/fake-clock';

/**
 * How one scheduled wake-up behaves. node-schedule waits on a timer, so after a sleep or a
 * clock change it fires at the wrong wall time; these make that worse on purpose, to show the
 * service decides from the clock and never from being woken.
 * - on-time: at the instant (as far as the monotonic timer knows)
 * - late: `lateMs` after it
 * - burst: at the instant, three times in a row (missed runs delivered at once)
 * - skip: never
 * - stale: at the instant, and then every job already cancelled fires too
 */
export type WakeBehaviour = 'on-time' | 'late' | 'burst' | 'skip' | 'stale';

export interface FakeJob {
  atWall: number;
  behaviour: WakeBehaviour;
  state: 'armed' | 'fired' | 'cancelled';
  callback: () => void;
}

/** A Scheduler on the FakeClock's timers; each new job takes the next behaviour in turn. */
export class FakeScheduler implements Scheduler {
  readonly jobs: FakeJob[] = [];

  constructor(
    private readonly clock: FakeClock,
    private readonly behaviours: readonly WakeBehaviour[] = ['on-time'],
    private readonly lateMs = 20 * 60_000,
  ) {}

  scheduleAt(wallMs: number, callback: () => void): Dispose {
    const behaviour = this.behaviours[this.jobs.length % this.behaviours.length] ?? 'on-time';
    const job: FakeJob = { atWall: wallMs, behaviour, state: 'armed', callback };
    this.jobs.push(job);
    let cancelTimer: Dispose | undefined;
    if (behaviour !== 'skip') {
      const delay =
        Math.max(0, wallMs - this.clock.now()) + (behaviour === 'late' ? this.lateMs : 0);
      cancelTimer = this.clock.setTimeout(() => this.fire(job), delay);
    }
    return () => {
      cancelTimer?.();
      if (job.state === 'armed') job.state = 'cancelled';
    };
  }

  /** Jobs neither fired nor cancelled: the service should keep exactly one while on. */
  armed(): FakeJob[] {
    return this.jobs.filter((job) => job.state === 'armed');
  }

  private fire(job: FakeJob): void {
    job.state = 'fired';
    for (let run = 0; run < (job.behaviour === 'burst' ? 3 : 1); run++) job.callback();
    if (job.behaviour === 'stale') {
      for (const old of this.jobs) if (old.state === 'cancelled') old.callback();
    }
  }
}
