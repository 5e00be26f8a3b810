import type { IdleRun, IdleStuckState, TrackerConfig } from './types';

/** No suspicious readings seen yet. */
export const freshIdleStuck: IdleStuckState = {
  zeroRun: null,
  highRun: null,
  previous: null,
  stuck: null,
};

/**
 * Feeds one idle reading. On some Wayland and Windows setups getSystemIdleTime reads 0 forever,
 * which would make the user look present through lunch and the night; on others it stops
 * following input and stays high, which would make them look away forever, with no nudge ever
 * again. A real person cannot produce either for hours: readings are taken exactly when idle
 * time should have grown, so an unbroken run of zeros, or of high readings that do not grow
 * with the clock while the screen is unlocked, means the reading is broken. A nonzero reading
 * ends a zero run; a small one (under a natural break) ends a high run.
 */
export function noteIdleReading(
  state: IdleStuckState,
  idleS: number,
  atMono: number,
  locked: boolean,
  config: TrackerConfig,
): IdleStuckState {
  const zeroRun = idleS > 0 ? null : extend(state.zeroRun, atMono);
  const small = idleS * 1000 < config.naturalBreakMs;
  const frozen = !locked && !small && isFrozen(state.previous, idleS, atMono);
  const highRun = frozen ? extend(state.highRun, atMono) : null;
  let stuck = state.stuck;
  if (stuck === 'zero' && idleS > 0) stuck = null;
  if (stuck === 'high' && small) stuck = null;
  if (stuck === null && longEnough(zeroRun, atMono, config)) stuck = 'zero';
  if (stuck === null && longEnough(highRun, atMono, config)) stuck = 'high';
  return { zeroRun, highRun, previous: { idleS, atMono }, stuck };
}

/**
 * A high reading that did not follow the clock since the previous one: it grew by less than
 * half the time that passed, yet did not drop to input after that reading. A live counter
 * either grows with the clock (no input) or starts again from an input since.
 */
function isFrozen(previous: IdleStuckState['previous'], idleS: number, atMono: number): boolean {
  if (previous === null) return false;
  const passedMs = atMono - previous.atMono;
  if (passedMs <= 0) return false;
  const grewMs = (idleS - previous.idleS) * 1000;
  const inputSincePrevious = idleS * 1000 <= passedMs;
  return !inputSincePrevious && grewMs < passedMs / 2;
}

function extend(run: IdleRun | null, atMono: number): IdleRun {
  return run
    ? { sinceMono: run.sinceMono, samples: run.samples + 1 }
    : { sinceMono: atMono, samples: 1 };
}

function longEnough(run: IdleRun | null, atMono: number, config: TrackerConfig): boolean {
  return (
    run !== null &&
    atMono - run.sinceMono >= config.stuckIdleAfterMs &&
    run.samples >= config.stuckIdleMinSamples
  );
}
