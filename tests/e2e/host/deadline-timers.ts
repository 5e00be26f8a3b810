import type { Dispose, Timers } from '@shared/time/clock';

import type { FakeClock } from '../../support/fake-clock';

/**
 * The services' timers, with their deadlines visible. The host needs to know when main will
 * next wake, so it can stop both clocks there and deliver main's events to the page at the
 * same instant the page reaches that moment.
 */
export class DeadlineTimers implements Timers {
  private readonly deadlines = new Set<{ dueAt: number }>();

  constructor(private readonly clock: FakeClock) {}

  setTimeout(callback: () => void, delayMs: number): Dispose {
    const entry = { dueAt: this.clock.monotonic() + Math.max(0, delayMs) };
    this.deadlines.add(entry);
    const cancel = this.clock.setTimeout(() => {
      this.deadlines.delete(entry);
      callback();
    }, delayMs);
    return () => {
      this.deadlines.delete(entry);
      cancel();
    };
  }

  /** Monotonic time of the earliest armed timer, if any. */
  nextDeadline(): number | undefined {
    let next: number | undefined;
    for (const { dueAt } of this.deadlines) if (next === undefined || dueAt < next) next = dueAt;
    return next;
  }
}
