import {
  addCalendarDays,
  assertTimeZone,
  instantAt,
  localDateOf,
  weekdayOf,
} from './local-calendar';
import type { LocalDate, MorningSchedule, OfferKind } from './types';

/**
 * Whether the morning routine is due now. Pure and total: main asks it at every moment that
 * might matter (the scheduled wake-up, resume, unlock, input, a clock or zone change), and a
 * scheduler only ever decides when to ask, never what the answer is.
 */

const MINUTE = 60_000;

/** The catch-up window's end when settings do not give one. */
export const DEFAULT_CATCH_UP_UNTIL = '11:00';

/**
 * How long after the time an offer still counts as on time. A wake-up a little late (a busy
 * event loop, a scheduler that fires after the minute) is still the user's 07:30 offer, even
 * when the catch-up window is shorter or missing.
 */
export const ON_TIME_GRACE_MS = 5 * MINUTE;

export interface MorningDecisionInput {
  /** Wall-clock now, ms since the epoch. */
  nowWall: number;
  /** The IANA zone the user's clock is in now, e.g. 'Europe/Berlin'. */
  timeZone: string;
  morning: MorningSchedule;
  /** The last local day the morning was offered or answered, or null. */
  lastOfferedDate: LocalDate | null;
  /** The wall time a "Later" asked for, or null. Counts only on the day it was chosen. */
  laterAtWall?: number | null;
  /**
   * A day whose offer fell due but was held back (the user was busy): it is still made that
   * day after the catch-up window closes, so a long meeting does not swallow the morning.
   */
  heldDate?: LocalDate | null;
}

export type NotDueReason =
  'disabled' | 'no-days' | 'already-offered' | 'before-time' | 'window-closed' | 'not-a-day';

export type MorningDecision =
  | { due: true; kind: OfferKind; date: LocalDate }
  | {
      due: false;
      /** The next wall instant worth waking for, or null when none will ever come. */
      nextCheckAtWall: number | null;
      reason: NotDueReason;
    };

/**
 * At most one offer per local day (plus one re-offer per "Later"): a day counts as done once
 * it or a later day was offered, so a clock set back, even by days, offers nothing twice, and
 * a clock that jumps ahead offers the day it lands on, once.
 *
 * @throws RangeError for an unknown time zone.
 */
export function morningDecision(input: MorningDecisionInput): MorningDecision {
  const { nowWall, timeZone, morning, lastOfferedDate } = input;
  assertTimeZone(timeZone);
  if (!morning.enabled) return notDue(null, 'disabled');
  const today = localDateOf(nowWall, timeZone);
  const later = laterToday(input.laterAtWall ?? null, lastOfferedDate, today, timeZone);
  if (later !== null && nowWall >= later) return { due: true, kind: 'later', date: today };

  const nextMorning = nextMorningAfter(maxDate(today, lastOfferedDate), morning, timeZone);
  if (lastOfferedDate !== null && today <= lastOfferedDate) {
    const next = later === null ? nextMorning : Math.min(later, nextMorning ?? later);
    return notDue(next, 'already-offered');
  }
  if (!morning.days.includes(weekdayOf(today))) {
    return notDue(nextMorning, morning.days.length === 0 ? 'no-days' : 'not-a-day');
  }
  const dueAt = instantAt(today, morning.time, timeZone);
  if (nowWall < dueAt) return notDue(dueAt, 'before-time');
  const onTimeUntil = dueAt + ON_TIME_GRACE_MS;
  if (nowWall < onTimeUntil) return { due: true, kind: 'on-time', date: today };
  const held = input.heldDate === today;
  if (nowWall < catchUpEnd(today, morning, timeZone) || held) {
    return { due: true, kind: 'catch-up', date: today };
  }
  return notDue(nextMorning, 'window-closed');
}

/**
 * A "Later" counts only on the day it was chosen and for a time on that day: one chosen at
 * 23:50, or on a clock that was later set right, is dropped rather than offered at midnight.
 */
function laterToday(
  laterAtWall: number | null,
  lastOfferedDate: LocalDate | null,
  today: LocalDate,
  timeZone: string,
): number | null {
  if (laterAtWall === null || lastOfferedDate !== today) return null;
  return localDateOf(laterAtWall, timeZone) === today ? laterAtWall : null;
}

/**
 * When catching up stops on `date`. An end at or before the time is a setting the schema lets
 * through (see schema.ts): it means no catch-up, not a window that wraps past midnight.
 */
function catchUpEnd(date: LocalDate, morning: MorningSchedule, timeZone: string): number {
  const until = morning.catchUpUntil ?? DEFAULT_CATCH_UP_UNTIL;
  if (until <= morning.time) return Number.NEGATIVE_INFINITY;
  return instantAt(date, until, timeZone);
}

/** The offer time on the first configured day after `date`, or null if no day is configured. */
function nextMorningAfter(date: LocalDate, morning: MorningSchedule, timeZone: string) {
  for (let ahead = 1; ahead <= 7; ahead++) {
    const candidate = addCalendarDays(date, ahead);
    if (morning.days.includes(weekdayOf(candidate))) {
      return instantAt(candidate, morning.time, timeZone);
    }
  }
  return null;
}

const maxDate = (today: LocalDate, last: LocalDate | null) =>
  last !== null && last > today ? last : today;

const notDue = (nextCheckAtWall: number | null, reason: NotDueReason): MorningDecision => ({
  due: false,
  nextCheckAtWall,
  reason,
});
