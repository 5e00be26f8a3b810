/**
 * Time as the app sees it. Services take a Clock instead of calling Date.now(), so tests drive
 * time and a jump of the wall clock can be told apart from time that really passed.
 */
export interface Clock {
  /** Wall-clock milliseconds since the epoch. For dates and display; it can jump. */
  now(): number;
  /** Monotonic milliseconds from an arbitrary origin. For durations; it never jumps back. */
  monotonic(): number;
  /**
   * Milliseconds since boot, counting time the machine was suspended, where the platform has
   * such a clock. Monotonic time stops in sleep (Linux, macOS), so on its own it cannot tell an
   * unreported sleep from a wall clock set forward by hand; this one can. Coarse (a second).
   */
  sinceBoot?(): number;
}

/** Cancels what it was returned for. Every subscription and timer hands one back. */
export type Dispose = () => void;

/** One-shot timers on the monotonic clock. Deadline-driven code arms one timer at a time. */
export interface Timers {
  setTimeout(callback: () => void, delayMs: number): Dispose;
}
