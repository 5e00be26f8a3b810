/** The morning offer's vocabulary, shared by the pure decision and main's service. */

/** A calendar date on the user's local calendar, 'YYYY-MM-DD'. Compares correctly as text. */
export type LocalDate = string;

/** The morning settings the decision reads (a subset of `Settings['morning']`). */
export interface MorningSchedule {
  enabled: boolean;
  /** Local time of the offer, 'HH:MM'. */
  time: string;
  /** Days it is offered, 0 = Sunday … 6 = Saturday. */
  days: readonly number[];
  /**
   * Local time, 'HH:MM', until which a missed offer is still made. Meant to be after `time`;
   * when it is not, a missed morning is not caught up. @default '11:00'
   */
  catchUpUntil?: string;
}

/**
 * Why an offer is made: at the configured time, at the first sign of the user after missing
 * it (asleep, off, or a scheduler that woke late or not at all), or 30 min after "Later".
 */
export type OfferKind = 'on-time' | 'catch-up' | 'later';

/** The user's reply to an offer. */
export type MorningAnswer = 'start' | 'later' | 'not-today';

/**
 * What has to survive a restart. `lastOfferedDate` is the last local day the morning was
 * settled: offered, or answered. `laterAtWall` is the wall time a "Later" asked to be offered
 * again, or null.
 */
export interface MorningRecord {
  lastOfferedDate: LocalDate | null;
  laterAtWall: number | null;
}

export const EMPTY_MORNING_RECORD: MorningRecord = Object.freeze({
  lastOfferedDate: null,
  laterAtWall: null,
});
