import { naturalBreakMsFrom } from '../settings/reminder-config';
import { defaultSettings } from '../settings/schema';
import type { TrackerConfig } from './types';

/**
 * The tracker's rules for a new user: the natural break from the default settings, the rest
 * built in (the user's settings change only the natural break, see sittingConfigFrom).
 */
export const defaultTrackerConfig: TrackerConfig = {
  naturalBreakMs: naturalBreakMsFrom(defaultSettings),
  clockJumpToleranceMs: 2 * 60_000,
  stuckIdleAfterMs: 2 * 60 * 60_000,
  stuckIdleMinSamples: 12,
  historyLimit: 50,
};
