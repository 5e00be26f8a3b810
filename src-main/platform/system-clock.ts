import { uptime } from 'node:os';
import { performance } from 'node:perf_hooks';

import type { Clock, Timers } from '@shared/time/clock';

/**
 * The real clock: Date for the wall, performance.now for durations (it never jumps back), and
 * os.uptime for time since boot. Uptime counts suspended time on Linux (CLOCK_BOOTTIME), macOS
 * and Windows, so a sleep shows in it and a wall clock set by hand does not.
 */
export const systemClock: Clock = {
  now: () => Date.now(),
  monotonic: () => performance.now(),
  sinceBoot: () => uptime() * 1000,
};

/** Node's setTimeout behind the Timers port, so services never touch globals directly. */
export const systemTimers: Timers = {
  setTimeout(callback, delayMs) {
    const handle = setTimeout(callback, Math.max(0, delayMs));
    return () => clearTimeout(handle);
  },
};
