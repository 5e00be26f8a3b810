import type { TrackerConfig } from './types';

/**
 * The tracker's rules before settings apply. The user's settings change only the natural
 * break (src-main/sitting/sitting-config.ts); a test keeps this one equal to its default.
 */
export const defaultTrackerConfig: TrackerConfig = {
  naturalBreakMs: 5 * 60_000,
  clockJumpToleranceMs: 2 * 60_000,
  stuckIdleAfterMs: 2 * 60 * 60_000,
  stuckIdleMinSamples: 12,
  historyLimit: 50,
};
