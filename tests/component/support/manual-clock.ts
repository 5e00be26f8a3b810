import type { Dispose, Timers } from '@shared/time/clock';

/**
 * Monotonic time and one-shot timers that move only when a test says so. (tests/support's
 * FakeClock sits outside the web type-check project, so component tests keep this small twin.)
 */
export class ManualClock implements Timers {
  #now = 1_000;
  #pending: { dueAt: number; callback: () => void }[] = [];

  /** Monotonic milliseconds. */
  readonly monotonic = (): number => this.#now;

  setTimeout(callback: () => void, delayMs: number): Dispose {
    const timer = { dueAt: this.#now + Math.max(0, delayMs), callback };
    this.#pending.push(timer);
    return () => {
      this.#pending = this.#pending.filter((t) => t !== timer);
    };
  }

  /** Moves time forward, running timers as they fall due (with the clock at their deadline). */
  advance(ms: number): void {
    const target = this.#now + ms;
    for (;;) {
      const next = [...this.#pending].sort((a, b) => a.dueAt - b.dueAt)[0];
      if (!next || next.dueAt > target) break;
      this.#pending = this.#pending.filter((t) => t !== next);
      this.#now = Math.max(this.#now, next.dueAt);
      next.callback();
    }
    this.#now = target;
  }

  /** Timers armed now: the player should hold at most one. */
  pendingCount(): number {
    return this.#pending.length;
  }

  /** When the next timer is due, if any. */
  nextDueAt(): number | undefined {
    if (this.#pending.length === 0) return undefined;
    return Math.min(...this.#pending.map((t) => t.dueAt));
  }
}
