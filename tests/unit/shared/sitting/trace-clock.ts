import type { Instant } from '@shared/sitting/types';

const MIN = 60_000;

/** A sleep of the machine, in real minutes from the start of the day. */
export interface Sleep {
  from: number;
  to: number;
  /** false: the OS sends no suspend/resume events for it. @default true */
  reported?: boolean;
}

/** Monday 2026-01-05 08:00 UTC: the day every trace starts. */
export const DAY_START_WALL = Date.UTC(2026, 0, 5, 8, 0, 0);

/**
 * Real time (ms since the trace began) mapped to what the machine's two clocks read: the
 * monotonic clock may stop while asleep, and the wall clock jumps when someone sets it.
 */
export class TraceClock {
  readonly sleeps: readonly Sleep[];

  constructor(
    sleeps: readonly Sleep[],
    private readonly monoStopsInSleep: boolean,
    private readonly jumps: readonly [number, number][],
  ) {
    this.sleeps = [...sleeps].sort((a, b) => a.from - b.from);
  }

  /** Both clocks at real time `r`. */
  instant(r: number): Instant {
    const jumped = this.jumps.filter(([m]) => m * MIN <= r).reduce((sum, [, by]) => sum + by, 0);
    return { wall: DAY_START_WALL + r + jumped, mono: 1_000_000 + r - this.sleptBefore(r) };
  }

  /** The real time a monotonic timer for `deadline`, armed at real `fromR`, fires (never asleep). */
  realForMono(deadline: number, fromR: number): number {
    let r = this.asleepAt(fromR)?.to !== undefined ? this.asleepAt(fromR)!.to * MIN : fromR;
    for (;;) {
      const target = r + Math.max(0, deadline - this.instant(r).mono);
      const sleep = this.sleeps.find((s) => s.from * MIN > r && s.from * MIN < target);
      if (!sleep) return target;
      r = sleep.to * MIN;
    }
  }

  private asleepAt(r: number): Sleep | undefined {
    return this.sleeps.find((s) => r >= s.from * MIN && r < s.to * MIN);
  }

  private sleptBefore(r: number): number {
    if (!this.monoStopsInSleep) return 0;
    return this.sleeps.reduce(
      (sum, s) => sum + Math.max(0, Math.min(r, s.to * MIN) - s.from * MIN),
      0,
    );
  }
}
