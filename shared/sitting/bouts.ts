import { addBout } from './recent-bouts';
import type { BoutEnd, Instant, OpenBout, Presence, TrackerConfig, TrackerState } from './types';

/** The user is at the desk from `at` with a fresh bout. */
export function freshBout(at: Instant): Presence {
  return { kind: 'desk', startMono: at.mono, lastInputMono: at.mono };
}

/** Closes `bout` at monotonic `endMono` (wall `endWall`) and records it. */
export function closeBout(
  state: TrackerState,
  bout: OpenBout,
  endMono: number,
  endWall: number,
  endedBy: BoutEnd,
  config: TrackerConfig,
): TrackerState['history'] {
  const lengthMs = Math.max(0, endMono - bout.startMono);
  return addBout(state.history, endWall, lengthMs, endedBy, config.historyLimit);
}
