import type { DayTotals } from './day-totals';
import { daysBetween, type LocalDay, shiftDay } from './local-day';

export interface MorningStreak {
  /** Consecutive days with a completed morning routine, up to today (or yesterday, see below). */
  current: number;
  /** The longest such run ever, the current one included. */
  best: number;
  /**
   * Today's routine is done. When it is not, a streak that reached yesterday is still alive:
   * `current` counts it, and doing today's routine extends it.
   */
  doneToday: boolean;
}

/** The morning streak as of `today`. Days after today (a clock set back) count for `best` only. */
export function morningStreak(
  totals: ReadonlyMap<LocalDay, DayTotals>,
  today: LocalDay,
): MorningStreak {
  const done = [...totals]
    .filter(([, day]) => day.routines.morningCompleted > 0)
    .map(([day]) => day)
    .sort();
  let best = 0;
  let run = 0;
  let previous: LocalDay | undefined;
  for (const day of done) {
    run = previous !== undefined && daysBetween(previous, day) === 1 ? run + 1 : 1;
    best = Math.max(best, run);
    previous = day;
  }
  const doneSet = new Set(done);
  const doneToday = doneSet.has(today);
  let current = 0;
  for (let day = doneToday ? today : shiftDay(today, -1); doneSet.has(day); day = shiftDay(day, -1))
    current++;
  return { current, best, doneToday };
}
