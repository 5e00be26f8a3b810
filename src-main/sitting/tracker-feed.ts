import { applyEvent, initialTracker, trackerView } from '@shared/sitting/tracker';
import type { Instant, TrackerEvent, TrackerState, TrackerView } from '@shared/sitting/types';

import { guarded } from '../platform/guarded';
import type { LogPort } from '../platform/log-port';
import type { QuietGate } from '../quiet/quiet-gate';
import type { IdleWatch } from './idle-watch';
import type { SittingConfig } from './sitting-config';
import type { SittingEvent } from './sitting-service-types';

/** A reading below this is input just now: a sign of the user for whoever waits for one. */
const FRESH_INPUT_S = 60;

/**
 * The tracker and what feeds it: idle readings (through the idle watch and the quiet gate) and
 * OS events. Tells the history of every bout and break that ends.
 */
export interface TrackerFeed {
  state(): TrackerState;
  view(at: Instant): TrackerView;
  apply(event: TrackerEvent): void;
  /**
   * Reads the idle time and applies it. True when done now; false when the reading comes later
   * (a desktop's idle monitor, or one already on its way): `onLater` hears when it is applied.
   */
  readAndSample(at: Instant): boolean;
  /** Whether the last reading was put off until the detectors answer (see `sample`). */
  awaitsAnswers(): boolean;
}

export interface TrackerFeedDeps {
  start: Instant;
  config: () => SittingConfig;
  watch: IdleWatch;
  quiet?: QuietGate;
  log: LogPort;
  tell: (event: SittingEvent) => void;
  onUserInput?: () => void;
  now: () => Instant;
  /** A reading that came later was applied at `at`: re-plan. */
  onLater: (at: Instant) => void;
}

export function createTrackerFeed(deps: TrackerFeedDeps): TrackerFeed {
  const { watch, log } = deps;
  let tracker = initialTracker(deps.start);
  let readingInFlight = false;
  let putOff = false;

  const view = (at: Instant) => trackerView(tracker, at, deps.config().tracker);
  function apply(event: TrackerEvent): void {
    const before = tracker.history;
    tracker = applyEvent(tracker, event, deps.config().tracker);
    if (tracker.history === before) return;
    const seenBouts = new Set(before.bouts);
    const seenBreaks = new Set(before.breaks);
    for (const record of tracker.history.bouts)
      if (!seenBouts.has(record)) deps.tell({ type: 'bout', record });
    for (const record of tracker.history.breaks)
      if (!seenBreaks.has(record)) deps.tell({ type: 'break', record });
  }

  function sample(at: Instant, reading: number): void {
    if (watch.note(reading, at.mono)) {
      log.warn('The idle time read 0 under a locked screen: it is stuck');
      apply({ type: 'idle-stuck', at });
    }
    // A broken reading is treated like one stuck at 0, which the tracker knows how to spot
    // (as it does a negative one: input no later than now, and a counter that never rises).
    const raw = Number.isFinite(reading) ? reading : 0;
    // A silent call is sitting: while the camera or microphone is on, no absence becomes a break.
    // Only a bout under way has a break to lose: while away there is nothing to protect.
    const current = view(at);
    const lastInputMono = current.away ? null : current.lastInputMono;
    const breakMs = deps.config().tracker.naturalBreakMs;
    const idleS = deps.quiet ? deps.quiet.idleForTracker(raw, lastInputMono, at, breakMs) : raw;
    // The detectors are being asked whether this silence is a call: decide on their answer
    // (the gate's onChange, within about 2 s) rather than keep a stand-in reading for ever.
    putOff = idleS < raw && (deps.quiet?.asking() ?? false);
    if (putOff) return;
    apply({ type: 'idle-sample', at, idleS });
    if (raw >= 0 && raw < FRESH_INPUT_S)
      guarded(log, 'Telling of fresh input', () => deps.onUserInput?.());
  }

  return {
    state: () => tracker,
    awaitsAnswers: () => putOff,
    view,
    apply,
    readAndSample(at) {
      if (readingInFlight) return false;
      const read = watch.read();
      if ('now' in read) {
        sample(at, read.now);
        return true;
      }
      readingInFlight = true;
      void read.later.then((reading) => {
        readingInFlight = false;
        const then = deps.now();
        sample(then, reading);
        deps.onLater(then);
      });
      return false;
    },
  };
}
