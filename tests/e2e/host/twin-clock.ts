import type { Page } from '@playwright/test';

import type { FakeClock } from '../../support/fake-clock';
import type { DeadlineTimers } from './deadline-timers';
import type { EventPipe } from './event-pipe';

/** Guards against a timer that re-arms itself with no delay forever. */
const maxWakeupsPerAdvance = 10_000;

/**
 * Main's FakeClock and the page's Playwright clock, moved together. Both stop at each of main's
 * deadlines: the page reaches the instant first, then main wakes and its events are delivered,
 * so the renderer re-anchors a snapshot at the same moment main took it.
 */
export class TwinClock {
  constructor(
    private readonly page: Page,
    private readonly clock: FakeClock,
    private readonly timers: DeadlineTimers,
    private readonly events: EventPipe,
  ) {}

  /** Installs the page clock at main's wall time, paused. Call before the first navigation. */
  async install(): Promise<void> {
    const wall = this.clock.now();
    // install() lets time flow; pausing a little later than the start freezes it at `wall`.
    await this.page.clock.install({ time: wall - 10_000 });
    await this.page.clock.pauseAt(wall);
  }

  /**
   * Lets `ms` of time pass for main and page alike. `jump` fast-forwards the page (timers due
   * fire once) instead of running every frame: for long stretches where only the end matters.
   */
  async advance(ms: number, options: { jump?: boolean } = {}): Promise<void> {
    const target = this.clock.monotonic() + ms;
    for (let wakeups = 0; wakeups < maxWakeupsPerAdvance; wakeups++) {
      const next = this.timers.nextDeadline();
      const due = next !== undefined && next <= target;
      if (!due && this.clock.monotonic() >= target) return;
      const stop = due ? next : target;
      const step = stop - this.clock.monotonic();
      if (step > 0) {
        if (options.jump) await this.page.clock.fastForward(step);
        else await this.page.clock.runFor(step);
      }
      this.clock.advance(step);
      await this.settle();
    }
    throw new Error(`main kept waking up during advance(${ms}): a timer loop?`);
  }

  /** Delivers queued events and runs the page's already-due timers, without moving time. */
  async settle(): Promise<void> {
    await this.events.flush();
    await this.page.clock.runFor(0);
    await this.events.flush();
  }
}
