import { performance } from 'node:perf_hooks';
import type { Clock, Timers } from '@shared/time/clock';

/** The real clock: Date for the wall, performance.now for durations (it never jumps back). */
export const systemClock: Clock = {
  now: () => Date.now(),
  monotonic: () => performance.now(),
};

/** Node's setTimeout behind the Timers port, so services never touch globals directly. */
export const systemTimers: Timers = {
  setTimeout(callback, delayMs) {
    const handle = setTimeout(callback, Math.max(0, delayMs));
    return () => clearTimeout(handle);
  },
};
