import { defaultTrackerConfig } from './config';
import type { TrackerState, TrackerView } from './types';

/** When to read the idle time. */
export interface SamplingConfig {
  /** Same as the tracker's: the earliest a break can complete after the last input. @default 300_000 */
  naturalBreakMs: number;
  /**
   * While away, how often to look for the user's return. The tracker counts the return from the
   * last reading that still found them away, so a sparse look never makes a nudge late.
   * @default 300_000
   */
  awaySampleMs: number;
  /**
   * For this long after the user is first found away, look every `awaySoonSampleMs` instead:
   * most breaks are short, and a return from one is noticed within a minute. @default 180_000
   */
  awaySoonForMs: number;
  /** @default 60_000 */
  awaySoonSampleMs: number;
  /**
   * While locked or asleep the unlock and resume events say when the user is back; this is only
   * the net for a desktop that never sends them (the tracker's input-after-lock rule). @default 1_800_000
   */
  absentSampleMs: number;
  /** Never sample sooner than this after now, so a stale deadline can't cause a busy loop. @default 5_000 */
  minGapMs: number;
}

export const defaultSamplingConfig: SamplingConfig = {
  naturalBreakMs: defaultTrackerConfig.naturalBreakMs,
  awaySampleMs: 5 * 60_000,
  awaySoonForMs: 3 * 60_000,
  awaySoonSampleMs: 60_000,
  absentSampleMs: 30 * 60_000,
  minGapMs: 5_000,
};

/** Where the user is, as the sampler needs it: at the desk, away (idle), or locked or asleep. */
export type SamplingPresence = 'desk' | 'away' | 'absent';

export function samplingPresence(state: TrackerState): SamplingPresence {
  return state.presence.kind;
}

/**
 * The monotonic time of the next idle reading. Nothing can change before it: at the desk a
 * natural break completes no earlier than last input + its length, and a nudge is due no
 * earlier than its deadline (read just before, to check the user is still there). While away,
 * every minute for the first few minutes (a short break's return is noticed within a minute),
 * then every 5; while locked or asleep, hardly at all: the OS says when that ends. That is a
 * dozen wakeups an hour at the desk or away, two while locked, instead of 3,600 for a
 * one-second poller.
 */
export function nextSampleAt(
  view: TrackerView,
  nowMono: number,
  nudgeDeadlineMono: number | null = null,
  config: SamplingConfig = defaultSamplingConfig,
  presence: SamplingPresence = view.away ? 'away' : 'desk',
): number {
  const floor = nowMono + config.minGapMs;
  if (presence === 'absent') return Math.max(floor, nowMono + config.absentSampleMs);
  if (view.away || view.lastInputMono === null) {
    // Found away once idle for a natural break: the first few minutes after that look closely.
    const idleMs =
      view.lastInputMono === null ? Number.POSITIVE_INFINITY : nowMono - view.lastInputMono;
    const soon = idleMs <= config.naturalBreakMs + config.awaySoonForMs;
    return Math.max(floor, nowMono + (soon ? config.awaySoonSampleMs : config.awaySampleMs));
  }
  let due = view.lastInputMono + config.naturalBreakMs;
  if (nudgeDeadlineMono !== null) due = Math.min(due, nudgeDeadlineMono);
  return Math.max(floor, due);
}
