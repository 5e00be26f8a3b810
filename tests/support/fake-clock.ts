import type { Clock, Dispose, Timers } from '@shared/time/clock';

interface PendingTimer {
  id: number;
  dueAt: number;
  callback: () => void;
}

/**
 * A clock and timers that only move when a test says so. Wall, monotonic and boot time advance
 * together; `setWall` jumps only the wall clock, like a user changing the system time, and
 * `suspend` moves wall and boot time but not monotonic time, like a machine asleep.
 */
export class FakeClock implements Clock, Timers {
  private wallMs: number;
  private monotonicMs: number;
  /** Time since boot, counting suspended time: starts an hour before monotonic time. */
  private bootMs: number;
  private nextId = 1;
  private pending: PendingTimer[] = [];

  /** @param wallMs wall-clock start. @default 2026-01-05T08:00:00Z (a Monday) */
  constructor(wallMs = Date.UTC(2026, 0, 5, 8, 0, 0), monotonicMs = 1_000) {
    this.wallMs = wallMs;
    this.monotonicMs = monotonicMs;
    this.bootMs = monotonicMs + 3_600_000;
  }

  now(): number {
    return this.wallMs;
  }

  monotonic(): number {
    return this.monotonicMs;
  }

  sinceBoot(): number {
    return this.bootMs;
  }

  setTimeout(callback: () => void, delayMs: number): Dispose {
    const timer = { id: this.nextId++, dueAt: this.monotonicMs + Math.max(0, delayMs), callback };
    this.pending.push(timer);
    return () => {
      this.pending = this.pending.filter((t) => t !== timer);
    };
  }

  /**
   * Moves both clocks forward by `ms`, running every timer that falls due on the way in
   * deadline order, with the clocks set to each timer's deadline while it runs. Timers armed
   * by a callback run too if they fall due within the advance.
   */
  advance(ms: number): void {
    const target = this.monotonicMs + ms;
    for (;;) {
      const next = this.nextDue();
      if (!next || next.dueAt > target) break;
      this.pending = this.pending.filter((t) => t !== next);
      this.moveTo(next.dueAt);
      next.callback();
    }
    this.moveTo(target);
  }

  /** Jumps the wall clock without moving monotonic time or running timers. */
  setWall(ms: number): void {
    this.wallMs = ms;
  }

  /**
   * The machine sleeps for `ms`: the wall clock and the time since boot move on, the monotonic
   * clock and every timer stand still (as on Linux and macOS). Reports no suspend event.
   */
  suspend(ms: number): void {
    this.wallMs += ms;
    this.bootMs += ms;
  }

  /** When the next armed timer falls due (monotonic), or null when none is armed. */
  nextDueAt(): number | null {
    return this.nextDue()?.dueAt ?? null;
  }

  /** How many timers are armed: lets a test check that a service keeps one, not many. */
  pendingCount(): number {
    return this.pending.length;
  }

  private nextDue(): PendingTimer | undefined {
    let best: PendingTimer | undefined;
    for (const t of this.pending) {
      if (!best || t.dueAt < best.dueAt || (t.dueAt === best.dueAt && t.id < best.id)) best = t;
    }
    return best;
  }

  private moveTo(monotonicMs: number): void {
    if (monotonicMs <= this.monotonicMs) return;
    this.wallMs += monotonicMs - this.monotonicMs;
    this.bootMs += monotonicMs - this.monotonicMs;
    this.monotonicMs = monotonicMs;
  }
}
