import { z } from 'zod';

import { RoutineIdSchema, StretchIdSchema } from '../content/id-schemas';
import { DayTotalsSchema } from './day-totals';
import { BREAK_KINDS, HOLD_REASONS, MORNING_OFFER_ANSWERS, NUDGE_ANSWERS } from './kinds';
import { dayFitsTime, isLocalDay } from './local-day';

/**
 * What history keeps, one record per line of history.jsonl. Every record carries the wall time
 * `at` and the local date `day` it counts for, fixed when it was recorded: a morning routine
 * done on holiday in Tokyo stays on its Tokyo date after the flight home.
 */

/** Milliseconds, rounded to whole ones: monotonic durations come fractional, lines stay short. */
const Ms = z
  .number()
  .nonnegative()
  .max(Number.MAX_SAFE_INTEGER)
  .transform((ms) => Math.round(ms));

export const LocalDaySchema = z
  .string()
  .refine(isLocalDay, { error: 'day must be a calendar date written YYYY-MM-DD' });

const stamped = {
  /** Wall-clock ms since the epoch when it happened (for a routine, bout or break: its end). */
  at: Ms,
  /** The local date it counts for. */
  day: LocalDaySchema,
};

const RoutineRecordSchema = z.strictObject({
  type: z.literal('routine'),
  ...stamped,
  routineId: RoutineIdSchema,
  outcome: z.enum(['completed', 'abandoned']),
  /** The stretches reached, in the order done. */
  stepsDone: z.array(StretchIdSchema).max(100),
  /** Time actually spent stretching: pauses excluded. */
  activeMs: Ms,
  /** The routine's full planned length. */
  plannedMs: Ms,
  /** Started as the morning routine (from the morning offer or the tray's morning entry). */
  morning: z.boolean(),
});

const NudgeRecordSchema = z.strictObject({
  type: z.literal('nudge'),
  ...stamped,
  answer: z.enum(NUDGE_ANSWERS),
  /** What held the nudge back before it was shown; empty when it came on time. */
  heldFor: z
    .array(z.enum(HOLD_REASONS))
    .refine((reasons) => new Set(reasons).size === reasons.length, {
      error: 'heldFor names each reason once',
    }),
});

const MorningOfferRecordSchema = z.strictObject({
  type: z.literal('morning-offer'),
  ...stamped,
  answer: z.enum(MORNING_OFFER_ANSWERS),
});

const NaturalBreakRecordSchema = z.strictObject({
  type: z.literal('natural-break'),
  ...stamped,
  lengthMs: Ms,
  kind: z.enum(BREAK_KINDS),
});

const SittingBoutRecordSchema = z.strictObject({
  type: z.literal('sitting-bout'),
  ...stamped,
  lengthMs: Ms,
});

const StiffnessRecordSchema = z.strictObject({
  type: z.literal('stiffness'),
  ...stamped,
  /** 0 (none) to 10 (very stiff), asked after the morning routine. */
  score: z.number().int().min(0).max(10),
});

/**
 * One local day older than the raw window, summarised by compaction. `at` is its earliest
 * record's time; `totals` keep every count and sum the statistics read, and `records` how
 * many raw records it stands for, so nothing leaves the file unaccounted.
 */
const DaySummaryRecordSchema = z.strictObject({
  type: z.literal('day-summary'),
  ...stamped,
  totals: DayTotalsSchema,
});

/** A bad day or time is reported by its own check; this one is for a pair that cannot belong together. */
const dayFitsItsTime = ({ day, at }: { day: string; at: number }) =>
  !isLocalDay(day) || !(at >= 0) || dayFitsTime(day, at);
const dayTooFar = { error: 'day is further from at than any time zone allows', path: ['day'] };

/** A record as something the user did: everything but compaction's summaries. */
export const RawRecordSchema = z
  .discriminatedUnion('type', [
    RoutineRecordSchema,
    NudgeRecordSchema,
    MorningOfferRecordSchema,
    NaturalBreakRecordSchema,
    SittingBoutRecordSchema,
    StiffnessRecordSchema,
  ])
  .refine(dayFitsItsTime, dayTooFar);

/** Any line of the history file after the header. */
export const HistoryRecordSchema = z
  .discriminatedUnion('type', [
    RoutineRecordSchema,
    NudgeRecordSchema,
    MorningOfferRecordSchema,
    NaturalBreakRecordSchema,
    SittingBoutRecordSchema,
    StiffnessRecordSchema,
    DaySummaryRecordSchema,
  ])
  .refine(dayFitsItsTime, dayTooFar);

export type RawRecord = z.output<typeof RawRecordSchema>;
export type DaySummaryRecord = z.output<typeof DaySummaryRecordSchema>;
export type HistoryRecord = z.output<typeof HistoryRecordSchema>;
export type RecordType = HistoryRecord['type'];

/** Removes `K` from each member of a union, keeping it a union (plain Omit merges the members). */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * What a service hands the store: a record without its `day` (the store reads it off the
 * clock in the user's zone) and, optionally, without `at` (then it happened now).
 */
export type NewHistoryRecord = OmitEach<z.input<typeof RawRecordSchema>, 'day' | 'at'> & {
  at?: number;
};
