import type { IdleStuckState, TrackerConfig } from './types';

/** No zero readings seen yet. */
export const freshIdleStuck: IdleStuckState = {
  zeroRunSinceMono: null,
  zeroRunSamples: 0,
  stuck: false,
};

/**
 * Feeds one idle reading. On some Wayland and Windows setups getSystemIdleTime reads 0 forever,
 * which would make the user look present through lunch and the night. A real person cannot
 * produce an unbroken run of zeros for hours (we sample exactly when idle time should have grown,
 * and through locks and sleeps), so such a run means the reading is broken; any nonzero reading
 * proves it works again.
 */
export function noteIdleReading(
  state: IdleStuckState,
  idleS: number,
  atMono: number,
  config: TrackerConfig,
): IdleStuckState {
  if (idleS > 0) return freshIdleStuck;
  const since = state.zeroRunSinceMono ?? atMono;
  const samples = state.zeroRunSamples + 1;
  const stuck =
    state.stuck ||
    (atMono - since >= config.stuckIdleAfterMs && samples >= config.stuckIdleMinSamples);
  return { zeroRunSinceMono: since, zeroRunSamples: samples, stuck };
}
