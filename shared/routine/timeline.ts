import type { Routine, RoutineItem, Side, StretchId, StretchText } from '../content/types';
import { instructions } from './instructions';
import type { BreathPacing, StepKind, Timeline, TimelineOptions, TimelineStep } from './types';

/** Lengths used when settings don't say otherwise, in seconds. */
export const DEFAULT_TIMELINE_OPTIONS: TimelineOptions = {
  setupS: 10,
  moveS: 10,
  switchS: 5,
  restS: 5,
};

/** A step before its place in the timeline is known. */
type PlannedStep = Omit<TimelineStep, 'index' | 'startMs'>;

/**
 * Turns a routine into the ordered steps the player walks through. Pure: stretches come from
 * `lookup`, so tests can use fixtures and the content can change without touching this.
 *
 * Per stretch: setup (longer by `moveS` when the body must change position from the stretch
 * before), then hold (right, switch, left for per-side stretches) or flow, then a rest
 * unless it is the last stretch. Steps are contiguous, from 0 to `totalMs`. A switch lasts
 * `switchS` or the stretch's own `sides.switchS`, whichever is longer.
 *
 * @throws Error on an empty routine or any non-positive (or non-finite) length.
 */
export function buildTimeline(
  routine: Routine,
  lookup: (id: StretchId) => StretchText,
  options: Partial<TimelineOptions> = {},
): Timeline {
  const opts: TimelineOptions = { ...DEFAULT_TIMELINE_OPTIONS, ...dropUndefined(options) };
  if (routine.items.length === 0) {
    throw new Error(`Routine "${routine.id}" has no stretches.`);
  }
  const stretches = routine.items.map((item) => lookup(item.stretchId));
  const planned = routine.items.flatMap((item, stretchIndex) => {
    const isLast = stretchIndex === routine.items.length - 1;
    const stretch = stretches[stretchIndex]!;
    const before = stretches[stretchIndex - 1];
    const setupS = opts.setupS + (before && isBigMove(before, stretch) ? opts.moveS : 0);
    return planStretch(item, stretch, stretchIndex, isLast, { ...opts, setupS });
  });

  let startMs = 0;
  const steps = planned.map((step, index): TimelineStep => {
    const placed = { ...step, index, startMs };
    startMs += step.durationMs;
    return placed;
  });
  return {
    routineId: routine.id,
    routineName: routine.name,
    stretchIds: routine.items.map((item) => item.stretchId),
    steps,
    totalMs: startMs,
  };
}

/** Positions a quick shuffle gets between: standing up from a chair, or sitting down on it. */
const UPRIGHT: ReadonlySet<StretchText['position']> = new Set(['standing', 'seated']);

/**
 * Whether going from `before` to `next` moves the whole body: down onto the bed or up from it,
 * turning over, onto hands and knees. Standing up from a chair and sitting back down is quick.
 */
function isBigMove(before: StretchText, next: StretchText): boolean {
  if (before.position === next.position) return false;
  return !(UPRIGHT.has(before.position) && UPRIGHT.has(next.position));
}

function planStretch(
  item: RoutineItem,
  stretch: StretchText,
  stretchIndex: number,
  isLast: boolean,
  opts: TimelineOptions,
): PlannedStep[] {
  const step = (
    kind: StepKind,
    seconds: number,
    instruction: string,
    side?: Side,
  ): PlannedStep => ({
    kind,
    stretchId: item.stretchId,
    stretchIndex,
    durationMs: toMs(seconds, `${kind} of "${item.stretchId}"`),
    instruction,
    ...(side ? { side } : {}),
  });

  const steps: PlannedStep[] = [];
  const { pacing } = stretch;
  if (pacing.kind === 'hold') {
    const holdS = opts.holdS ?? item.holdS ?? pacing.defaultHoldS;
    if (pacing.perSide) {
      // Right first, always: the illustration, the steps' words and the audio cues assume it.
      // A switch gets at least the time the stretch's change of position needs.
      const switchS = Math.max(opts.switchS, stretch.sides?.switchS ?? 0);
      steps.push(
        step('setup', opts.setupS, instructions.setup(stretch), 'right'),
        step('hold', holdS, instructions.hold(stretch, 'right'), 'right'),
        step('switch', switchS, instructions.switchSides(stretch), 'left'),
        step('hold', holdS, instructions.hold(stretch, 'left'), 'left'),
      );
    } else {
      steps.push(
        step('setup', opts.setupS, instructions.setup(stretch)),
        step('hold', holdS, instructions.hold(stretch, undefined)),
      );
    }
  } else {
    const breath = breathPacing(
      pacing.breathInS,
      pacing.breathOutS,
      opts.flowCycles ?? item.cycles ?? pacing.defaultCycles,
      item.stretchId,
    );
    steps.push(step('setup', opts.setupS, instructions.setup(stretch)), {
      kind: 'flow',
      stretchId: item.stretchId,
      stretchIndex,
      durationMs: breath.cycles * (breath.inhaleMs + breath.exhaleMs),
      instruction: instructions.flow(),
      breath,
    });
  }
  if (!isLast) steps.push(step('rest', opts.restS, instructions.rest()));
  return steps;
}

function breathPacing(inS: number, outS: number, cycles: number, id: StretchId): BreathPacing {
  if (!Number.isInteger(cycles) || cycles <= 0) {
    throw new Error(`Flow "${id}" needs a whole, positive number of cycles, got ${cycles}.`);
  }
  return {
    inhaleMs: toMs(inS, `breath in of "${id}"`),
    exhaleMs: toMs(outS, `breath out of "${id}"`),
    cycles,
  };
}

/** Seconds to whole milliseconds, refusing lengths that would make a step vanish or never end. */
function toMs(seconds: number, what: string): number {
  const ms = Math.round(seconds * 1000);
  if (!Number.isFinite(ms) || ms <= 0) {
    throw new Error(`The ${what} must last a positive, finite time, got ${seconds} s.`);
  }
  return ms;
}

/** `{ holdS: undefined }` from a settings object must not overwrite a default. */
function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
