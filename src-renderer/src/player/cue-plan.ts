import type { PlayerView, TimelineStep } from '@shared/routine/types';

/**
 * The chimes the player can ring. hold-start: start holding (or flowing) now; switch: change
 * sides; hold-end: let go; breath-in / breath-out: the pacer turned; count: "3, 2, 1" before
 * a hold; tick: one of the last three seconds of a hold.
 */
export type Cue =
  'hold-start' | 'switch' | 'hold-end' | 'breath-in' | 'breath-out' | 'count' | 'tick';

const isEffort = (step: TimelineStep | undefined): boolean =>
  step?.kind === 'hold' || step?.kind === 'flow';

/**
 * Which chime a step change deserves, so the user can follow with eyes closed: a chime when
 * effort starts, a different one to switch sides, a third when it is time to let go. Steps
 * that merely lead to other steps (setup after rest) stay silent, so chimes keep their meaning.
 */
export function cueForStepChange(
  previous: TimelineStep | undefined,
  current: TimelineStep | undefined,
): Cue | undefined {
  // The routine ran out of steps: the last hold is over.
  if (!current) return isEffort(previous) ? 'hold-end' : undefined;
  if (previous?.index === current.index) return undefined;
  if (isEffort(current)) return 'hold-start';
  if (current.kind === 'switch') return 'switch';
  if (isEffort(previous) && (current.kind === 'rest' || current.kind === 'setup')) {
    return 'hold-end';
  }
  return undefined;
}

type Breath = PlayerView['breath'];

/**
 * A soft tick when the breath turns during a flow. Not on the flow's first breath: that moment
 * already has its hold-start chime.
 */
export function cueForBreathChange(previous: Breath, current: Breath): Cue | undefined {
  if (!previous || !current) return undefined;
  if (previous.phase === current.phase && previous.cycle === current.cycle) return undefined;
  return current.phase === 'in' ? 'breath-in' : 'breath-out';
}

/** Seconds counted in before a hold, and ticked at the end of one. */
export const COUNTED_SECONDS = 3;

/** The whole seconds the countdown shows: "0:03" is 3, for the whole of that second. */
export const shownSeconds = (remainingMs: number): number => Math.ceil(remainingMs / 1000);

/** Which of the two counted cues the user wants. */
export interface CountCues {
  countIn: boolean;
  ticks: boolean;
}

/**
 * A cue as the countdown reaches 3, 2 and 1 within the same step: a count-in over the last
 * seconds of getting into position or switching (the hold starts on the chime after "1"), and
 * soft ticks over a hold's last seconds. A step shorter than the count starts it part-way.
 */
export function cueForSecond(
  step: TimelineStep,
  next: TimelineStep | undefined,
  previousS: number,
  currentS: number,
  wanted: CountCues,
): Cue | undefined {
  if (currentS >= previousS || currentS < 1 || currentS > COUNTED_SECONDS) return undefined;
  const leadsToEffort = (step.kind === 'setup' || step.kind === 'switch') && isEffort(next);
  if (leadsToEffort && wanted.countIn) return 'count';
  if (step.kind === 'hold' && wanted.ticks) return 'tick';
  return undefined;
}
