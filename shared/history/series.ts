import { breaksTaken, type DayTotals, stiffnessOf } from './day-totals';
import { daysEndingOn, type LocalDay } from './local-day';

/** Days in the trend series, today included. */
export const SERIES_DAYS = 30;

export interface SeriesDay {
  day: LocalDay;
  breaksTaken: number;
  /** The day's mean stiffness score (0–10), or null on a day none was given: a gap, not a 0. */
  stiffness: number | null;
}

/** The last `SERIES_DAYS` local days up to `today`, oldest first, every day present. */
export function thirtyDaySeries(
  totals: ReadonlyMap<LocalDay, DayTotals>,
  today: LocalDay,
): SeriesDay[] {
  return daysEndingOn(today, SERIES_DAYS).map((day) => {
    const t = totals.get(day);
    return { day, breaksTaken: t ? breaksTaken(t) : 0, stiffness: t ? stiffnessOf(t) : null };
  });
}
