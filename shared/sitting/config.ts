import type { TrackerConfig } from './types';

/** The tracker's default rules; settings will override them later. */
export const defaultTrackerConfig: TrackerConfig = {
  naturalBreakMs: 5 * 60_000,
  clockJumpToleranceMs: 2 * 60_000,
  stuckIdleAfterMs: 2 * 60 * 60_000,
  stuckIdleMinSamples: 12,
  historyLimit: 50,
};
