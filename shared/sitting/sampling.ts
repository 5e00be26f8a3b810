import { defaultTrackerConfig } from './config';
import type { TrackerView } from './types';

/** When to read the idle time. */
export interface SamplingConfig {
  /** Same as the tracker's: the earliest a break can complete after the last input. @default 300_000 */
  naturalBreakMs: number;
  /** While away, how often to look for the user's return. @default 60_000 */
  awaySampleMs: number;
  /** Never sample sooner than this after now, so a stale deadline can't cause a busy loop. @default 5_000 */
  minGapMs: number;
}

export const defaultSamplingConfig: SamplingConfig = {
  naturalBreakMs: defaultTrackerConfig.naturalBreakMs,
  awaySampleMs: 60_000,
  minGapMs: 5_000,
};

/**
 * The monotonic time of the next idle reading. Nothing can change before it: at the desk a
 * natural break completes no earlier than last input + its length, and a nudge is due no
 * earlier than its deadline (read just before, to check the user is still there). While away,
 * about once a minute, to notice the return. That is a dozen wakeups an hour at the desk
 * instead of 3,600 for a one-second poller.
 */
export function nextSampleAt(
  view: TrackerView,
  nowMono: number,
  nudgeDeadlineMono: number | null = null,
  config: SamplingConfig = defaultSamplingConfig,
): number {
  const floor = nowMono + config.minGapMs;
  if (view.away || view.lastInputMono === null)
    return Math.max(floor, nowMono + config.awaySampleMs);
  let due = view.lastInputMono + config.naturalBreakMs;
  if (nudgeDeadlineMono !== null) due = Math.min(due, nudgeDeadlineMono);
  return Math.max(floor, due);
}
