import type { Timers } from '@shared/time/clock';

/** The page's own one-shot timers, as the shared Timers port (tests pass a fake instead). */
export const browserTimers: Timers = {
  setTimeout(callback, delayMs) {
    const handle = window.setTimeout(callback, delayMs);
    return () => window.clearTimeout(handle);
  },
};

/** Monotonic time in this page; the receiver side of every snapshot is anchored on it. */
export const pageClock = (): number => performance.now();
