import type { NudgePlan } from '@shared/reminders/types';
import { nextSampleAt, type SamplingConfig, type SamplingPresence } from '@shared/sitting/sampling';
import type { TrackerView } from '@shared/sitting/types';

const MINUTE = 60_000;
/** However stale a deadline, never wake sooner than this after the last wakeup. */
export const MIN_TIMER_MS = 1_000;
/**
 * How late an idle sample may be taken so it rides along with the status refresh instead of
 * waking the CPU on its own. A late sample only notices a break later: the break's start comes
 * from the reading itself (now - idle), so no sitting time is miscounted.
 */
const SAMPLE_COALESCE_MS = MINUTE;
/**
 * How early a sample may be taken when main is awake anyway (a status refresh): an early look
 * changes nothing but the next sample's time, which then falls on the next refresh. So the
 * tray's 5-minute steps and the 5-minute samples share their wakeups.
 */
export const SAMPLE_EARLY_MS = 2.5 * MINUTE;

/** What the sitting service arms its one timer for. */
export interface WakePlan {
  /** When the next idle sample is due (monotonic). */
  sampleDueMono: number;
  /** When the timer fires (monotonic): the earliest of sample, deadline and refresh. */
  wakeAtMono: number;
}

export interface WakeInput {
  view: TrackerView;
  plan: NudgePlan;
  presence: SamplingPresence;
  nowMono: number;
  /** When the shown status next changes by itself (the tray's step, or a minute while watched). */
  refreshAtMono: number | null;
  /** A held nudge's next look, which replaces its passed deadline. */
  heldUntilMono: number | null;
  /** One more reading the early stuck check wants under a lock. */
  extraReadingAtMono: number | null;
  sampling: SamplingConfig;
}

/**
 * Exactly one wakeup for the earliest of: the next planned idle sample (`nextSampleAt`), the
 * nudge deadline or re-check, and the next change of the shown status.
 */
export function planWake(input: WakeInput): WakePlan {
  const { view, plan, nowMono, refreshAtMono } = input;
  // A held nudge's deadline has passed: wake when the gate wants to look again instead.
  const nudgeDeadline = plan.kind === 'due' ? (input.heldUntilMono ?? plan.dueAtMono) : null;
  const planDeadline = plan.kind === 'due' ? nudgeDeadline : plan.recheckAtMono;
  let sampleDueMono = coalesce(
    nextSampleAt(view, nowMono, nudgeDeadline, input.sampling, input.presence),
    refreshAtMono,
    planDeadline,
  );
  if (input.extraReadingAtMono !== null)
    sampleDueMono = Math.min(
      sampleDueMono,
      Math.max(input.extraReadingAtMono, nowMono + input.sampling.minGapMs),
    );
  const wakeAtMono = Math.min(
    sampleDueMono,
    planDeadline ?? Number.POSITIVE_INFINITY,
    refreshAtMono ?? Number.POSITIVE_INFINITY,
  );
  return { sampleDueMono, wakeAtMono };
}

/**
 * Moves a sample onto the status refresh that follows it within SAMPLE_COALESCE_MS, but never
 * past the plan's deadline: a nudge is only ever decided on a fresh reading.
 */
function coalesce(sampleAt: number, refreshAt: number | null, deadline: number | null): number {
  const ridesAlong =
    refreshAt !== null &&
    refreshAt > sampleAt &&
    refreshAt - sampleAt <= SAMPLE_COALESCE_MS &&
    refreshAt <= (deadline ?? Number.POSITIVE_INFINITY);
  return ridesAlong ? refreshAt : sampleAt;
}
