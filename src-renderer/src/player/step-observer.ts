import type { PlayerView, RoutineOutcome, TimelineStep } from '@shared/routine/types';
import { cueForBreathChange, cueForStepChange, type Cue } from './cue-plan';
import { announcement as announce } from './step-text';

/** What the player last showed, to compare the next view with. */
export interface StepObservation {
  step: TimelineStep | undefined;
  breath: PlayerView['breath'];
}

/** What a new view calls for: words for the live region and a chime, either possibly none. */
export interface StepReaction {
  observation: StepObservation;
  announcement?: string;
  cue?: Cue;
}

/**
 * Compares a new view with the last one seen. Every new step is announced. Chimes need a step
 * seen before (opening the window mid-hold must not ring "start holding"), ring while running
 * (a skip while paused stays quiet) and once more when the routine completes, for the end of
 * the last hold.
 */
export function cuesFrom(
  seen: StepObservation | undefined,
  current: PlayerView | undefined,
  outcome: RoutineOutcome | undefined,
): StepReaction {
  const finished = current?.status === 'finished';
  const step = finished ? undefined : current?.step;
  const observation: StepObservation = { step, breath: finished ? undefined : current?.breath };
  if (!seen || !current) return { observation };

  const reaction: StepReaction = { observation };
  if (step && step.index !== seen.step?.index) reaction.announcement = announce(step);

  const chimes =
    seen.step !== undefined &&
    (current.status === 'running' || (finished && outcome === 'completed'));
  if (chimes) {
    const cue =
      cueForStepChange(seen.step, step) ??
      (step?.index === seen.step?.index
        ? cueForBreathChange(seen.breath, observation.breath)
        : undefined);
    if (cue) reaction.cue = cue;
  }
  return reaction;
}
