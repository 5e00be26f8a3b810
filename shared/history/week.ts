import { breaksTaken, type DayTotals, nudgesShown } from './day-totals';
import { daysEndingOn, type LocalDay, mondayOf, shiftDay } from './local-day';

/** One day of "this week at a glance". */
export interface WeekDayFigures {
  day: LocalDay;
  /** Stand-up breaks taken (see `breaksTaken`), to set against the nudges shown. */
  breaksTaken: number;
  nudges: number;
  /** Nudges answered "stretch now". */
  nudgesTaken: number;
  /** Time spent stretching, every routine included. */
  stretchedMs: number;
  /** The longest time sat without a break; 0 when no bout ended that day. */
  longestSittingMs: number;
}

/** Monday to Sunday of the local week holding `today`; days still to come read as zeros. */
export function weekAtAGlance(
  totals: ReadonlyMap<LocalDay, DayTotals>,
  today: LocalDay,
): WeekDayFigures[] {
  return daysEndingOn(shiftDay(mondayOf(today), 6), 7).map((day) => {
    const t = totals.get(day);
    return {
      day,
      breaksTaken: t ? breaksTaken(t) : 0,
      nudges: t ? nudgesShown(t) : 0,
      nudgesTaken: t?.nudges.took ?? 0,
      stretchedMs: t?.routines.activeMs ?? 0,
      longestSittingMs: t?.sitting.longestMs ?? 0,
    };
  });
}
