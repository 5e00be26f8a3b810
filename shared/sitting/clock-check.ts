import type { Instant } from './types';

/** How two consecutive stamps relate. */
export interface ClockGap {
  monoDeltaMs: number;
  wallDeltaMs: number;
  /** Wall delta minus monotonic delta: > 0 the wall ran ahead, < 0 it went back. */
  skewMs: number;
  /** The two clocks disagree by more than the tolerance: someone or something moved the wall clock, or the monotonic clock stopped. */
  jumped: boolean;
}

/**
 * Compares wall and monotonic time between two stamps. They advance together unless the wall
 * clock was changed (by hand, by NTP) or the monotonic clock stopped while the machine slept
 * (Linux and macOS), which is how an unreported sleep or a clock change is noticed.
 */
export function compareClocks(previous: Instant, at: Instant, toleranceMs: number): ClockGap {
  const monoDeltaMs = at.mono - previous.mono;
  const wallDeltaMs = at.wall - previous.wall;
  const skewMs = wallDeltaMs - monoDeltaMs;
  return { monoDeltaMs, wallDeltaMs, skewMs, jumped: Math.abs(skewMs) > toleranceMs };
}

/** The wall time, as the clock reads at `at`, of an earlier monotonic moment. */
export function wallAt(at: Instant, mono: number): number {
  return at.wall - (at.mono - mono);
}
