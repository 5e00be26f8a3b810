import type { HistoryStats } from '@shared/history/stats';

/**
 * The history window's wording. Main hands over local days as 'YYYY-MM-DD' and has already
 * counted streaks and weeks in the user's zone; here they are only put into words.
 */

/**
 * The day main named, as a Date at local midnight. `new Date('2026-01-05')` would be UTC
 * midnight, which west of Greenwich is still the day before.
 */
export function localDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/** "Mon", in the user's language. */
export function weekdayShort(day: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short' }).format(localDate(day));
}

/** "Monday 5 January", in the user's language: for screen readers and table captions. */
export function dayLong(day: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(localDate(day));
}

/** "5 Jan", in the user's language: the chart's axis. */
export function dayShort(day: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }).format(localDate(day));
}

const MINUTE = 60_000;

/** "9 min", "1 h 5 min", "–" for nothing: whole minutes, rounded down as the prompt does. */
export function minutesText(ms: number): string {
  const total = Math.floor(ms / MINUTE);
  if (ms <= 0) return '–';
  if (total < 1) return 'under 1 min';
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  if (hours === 0) return `${minutes} min`;
  return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
}

/** "1 day", "4 days". */
export function daysText(count: number): string {
  return count === 1 ? '1 day' : `${count} days`;
}

/** The streak line under the big number. */
export function streakLine(streak: HistoryStats['streak']): string {
  if (streak.current === 0) return 'Do the morning routine today to start a streak.';
  if (streak.doneToday) return 'Morning routine done today. See you tomorrow!';
  return 'Do the morning routine today to keep it going.';
}

/** Nothing recorded in the last 30 days nor this week, and no streak ever: a first visit. */
export function isEmpty(stats: HistoryStats): boolean {
  const quietWeek = stats.week.every(
    (d) => d.breaksTaken + d.nudges + d.stretchedMs + d.longestSittingMs === 0,
  );
  const quietMonth = stats.last30.every((d) => d.breaksTaken === 0 && d.stiffness === null);
  return stats.streak.best === 0 && quietWeek && quietMonth;
}

/** A stiffness mean as the table reads it: "4", "3.5", or "–" on a day none was given. */
export function stiffnessText(score: number | null): string {
  if (score === null) return '–';
  return String(Math.round(score * 10) / 10);
}
