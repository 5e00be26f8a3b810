import type { PlayerView, TimelineStep } from '@shared/routine/types';

/**
 * The chimes the player can ring. hold-start: start holding (or flowing) now; switch: change
 * sides; hold-end: let go; breath-in / breath-out: the pacer turned.
 */
export type Cue = 'hold-start' | 'switch' | 'hold-end' | 'breath-in' | 'breath-out';

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
