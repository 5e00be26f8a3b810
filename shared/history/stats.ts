import { dailyTotals } from './day-totals';
import { checkTimeZone, type LocalDay, localDayOf } from './local-day';
import type { HistoryRecord } from './records';
import { type SeriesDay, thirtyDaySeries } from './series';
import { type MorningStreak, morningStreak } from './streak';
import { weekAtAGlance, type WeekDayFigures } from './week';

/** What the history window shows. Plain data: it crosses IPC as it is. */
export interface HistoryStats {
  /** The local date `now` falls on: the day the figures are "as of". */
  today: LocalDay;
  streak: MorningStreak;
  /** Monday to Sunday. */
  week: WeekDayFigures[];
  /** 30 days ending today, oldest first. */
  last30: SeriesDay[];
}

/**
 * The figures from records (raw and day summaries alike), as of `nowMs` in `timeZone`. Records
 * count for the day stored with them; the zone only says which day is today.
 * @throws RangeError for a time zone the platform does not know.
 */
export function computeHistoryStats(
  records: readonly HistoryRecord[],
  nowMs: number,
  timeZone: string,
): HistoryStats {
  checkTimeZone(timeZone);
  const today = localDayOf(nowMs, timeZone);
  const totals = dailyTotals(records);
  return {
    today,
    streak: morningStreak(totals, today),
    week: weekAtAGlance(totals, today),
    last30: thirtyDaySeries(totals, today),
  };
}
