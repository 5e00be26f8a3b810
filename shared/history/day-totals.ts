import { z } from 'zod';

import { HOLD_REASONS, MORNING_OFFER_ANSWERS, NUDGE_ANSWERS } from './kinds';
import type { LocalDay } from './local-day';
import type { HistoryRecord } from './records';

/**
 * Everything the statistics read about one local day, as counts and sums. A raw record adds
 * one to its counts; a day summary adds its totals. Because stats are computed from these
 * totals alone, summarising a day into them cannot change a figure the user sees.
 */

const Count = z.number().int().nonnegative();
const countsOf = <const K extends readonly string[]>(keys: K) =>
  z.strictObject(
    Object.fromEntries(keys.map((key) => [key, Count])) as Record<K[number], typeof Count>,
  );

export const DayTotalsSchema = z.strictObject({
  /** How many raw records these totals stand for. */
  records: Count,
  routines: z.strictObject({
    completed: Count,
    abandoned: Count,
    /** Completed routines that were the morning routine (the streak counts these). */
    morningCompleted: Count,
    /** Time stretched, completed routines and abandoned ones alike. */
    activeMs: Count,
    plannedMs: Count,
  }),
  nudges: countsOf(NUDGE_ANSWERS),
  /** Nudges held back before they were shown, per reason (one nudge may have several). */
  held: countsOf(HOLD_REASONS),
  morningOffers: countsOf(MORNING_OFFER_ANSWERS),
  naturalBreaks: z.strictObject({ count: Count, totalMs: Count }),
  sitting: z.strictObject({ bouts: Count, totalMs: Count, longestMs: Count }),
  stiffness: z.strictObject({ count: Count, sum: Count }),
});

export type DayTotals = z.infer<typeof DayTotalsSchema>;

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

export function emptyTotals(): DayTotals {
  return {
    records: 0,
    routines: { completed: 0, abandoned: 0, morningCompleted: 0, activeMs: 0, plannedMs: 0 },
    nudges: zeros(NUDGE_ANSWERS),
    held: zeros(HOLD_REASONS),
    morningOffers: zeros(MORNING_OFFER_ANSWERS),
    naturalBreaks: { count: 0, totalMs: 0 },
    sitting: { bouts: 0, totalMs: 0, longestMs: 0 },
    stiffness: { count: 0, sum: 0 },
  };
}

/** Adds one record (raw or a summary) into `totals`, in place: stats run over a year of them. */
export function addRecord(totals: DayTotals, record: HistoryRecord): void {
  switch (record.type) {
    case 'routine': {
      totals.records += 1;
      const routines = totals.routines;
      if (record.outcome === 'completed') {
        routines.completed += 1;
        if (record.morning) routines.morningCompleted += 1;
      } else routines.abandoned += 1;
      routines.activeMs += record.activeMs;
      routines.plannedMs += record.plannedMs;
      return;
    }
    case 'nudge':
      totals.records += 1;
      totals.nudges[record.answer] += 1;
      for (const reason of record.heldFor) totals.held[reason] += 1;
      return;
    case 'morning-offer':
      totals.records += 1;
      totals.morningOffers[record.answer] += 1;
      return;
    case 'natural-break':
      totals.records += 1;
      totals.naturalBreaks.count += 1;
      totals.naturalBreaks.totalMs += record.lengthMs;
      return;
    case 'sitting-bout':
      totals.records += 1;
      totals.sitting.bouts += 1;
      totals.sitting.totalMs += record.lengthMs;
      totals.sitting.longestMs = Math.max(totals.sitting.longestMs, record.lengthMs);
      return;
    case 'stiffness':
      totals.records += 1;
      totals.stiffness.count += 1;
      totals.stiffness.sum += record.score;
      return;
    case 'day-summary':
      addTotals(totals, record.totals);
  }
}

/** Adds `more` into `totals`, in place: sums add up, the longest bout is the longer one. */
export function addTotals(totals: DayTotals, more: DayTotals): void {
  totals.records += more.records;
  addCounts(totals.routines, more.routines);
  addCounts(totals.nudges, more.nudges);
  addCounts(totals.held, more.held);
  addCounts(totals.morningOffers, more.morningOffers);
  addCounts(totals.naturalBreaks, more.naturalBreaks);
  addCounts(totals.stiffness, more.stiffness);
  totals.sitting.bouts += more.sitting.bouts;
  totals.sitting.totalMs += more.sitting.totalMs;
  totals.sitting.longestMs = Math.max(totals.sitting.longestMs, more.sitting.longestMs);
}

function addCounts<T extends Record<string, number>>(into: T, more: T): void {
  const target: Record<string, number> = into;
  for (const [key, value] of Object.entries(more)) target[key] = (target[key] ?? 0) + value;
}

/** The totals of every local day that has records, keyed by day. */
export function dailyTotals(records: readonly HistoryRecord[]): Map<LocalDay, DayTotals> {
  const days = new Map<LocalDay, DayTotals>();
  for (const record of records) {
    let totals = days.get(record.day);
    if (!totals) days.set(record.day, (totals = emptyTotals()));
    addRecord(totals, record);
  }
  return days;
}

/**
 * Stand-up breaks taken: times the user was away from the desk long enough (natural breaks)
 * plus stretch routines done other than the morning one (the desk breaks nudges lead to).
 */
export const breaksTaken = (totals: DayTotals): number =>
  totals.naturalBreaks.count + totals.routines.completed - totals.routines.morningCompleted;

/** Every nudge shown, whatever the answer. */
export const nudgesShown = (totals: DayTotals): number =>
  NUDGE_ANSWERS.reduce((sum, answer) => sum + totals.nudges[answer], 0);

/** The day's mean stiffness score, or null when none was given. */
export const stiffnessOf = (totals: DayTotals): number | null =>
  totals.stiffness.count === 0 ? null : totals.stiffness.sum / totals.stiffness.count;
