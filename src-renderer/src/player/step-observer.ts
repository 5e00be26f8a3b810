import type { PlayerView, RoutineOutcome, TimelineStep } from '@shared/routine/types';
import type { Settings } from '@shared/settings/schema';

import {
  type Cue,
  cueForBreathChange,
  cueForSecond,
  cueForStepChange,
  shownSeconds,
} from './cue-plan';
import type { StretchLookup } from './drawn-stretches';
import { spokenCue, spokenStep } from './spoken-cues';
import { announcement as announce } from './step-text';

/** What the player last showed, to compare the next view with. */
export interface StepObservation {
  step: TimelineStep | undefined;
  breath: PlayerView['breath'];
  /** The whole seconds the countdown showed. */
  seconds: number;
}

/** What a new view calls for: words for the live region, a chime and words to speak. */
export interface StepReaction {
  observation: StepObservation;
  announcement?: string;
  cue?: Cue;
  speech?: string;
}

type CueSettings = Pick<Settings['cues'], 'countIn' | 'ticks' | 'voiceDetail'>;

/**
 * Compares a new view with the last one seen. Every new step is announced. Chimes need a step
 * seen before (opening the window mid-hold must not ring "start holding"), ring while running
 * (a skip while paused stays quiet) and once more when the routine completes, for the end of
 * the last hold. The count-in and ticks ring as the countdown passes 3, 2 and 1.
 */
export function cuesFrom(
  seen: StepObservation | undefined,
  current: PlayerView | undefined,
  outcome: RoutineOutcome | undefined,
  stretchOf: StretchLookup,
  cues: CueSettings = { countIn: false, ticks: false, voiceDetail: 'start-end' },
): StepReaction {
  const finished = current?.status === 'finished';
  const step = finished ? undefined : current?.step;
  const observation: StepObservation = {
    step,
    breath: finished ? undefined : current?.breath,
    seconds: current ? shownSeconds(current.stepRemainingMs) : 0,
  };
  if (!seen || !current) return { observation };

  const reaction: StepReaction = { observation };
  const newStep = step !== undefined && step.index !== seen.step?.index;
  if (newStep) reaction.announcement = announce(step, stretchOf);

  const chimes =
    seen.step !== undefined &&
    (current.status === 'running' || (finished && outcome === 'completed'));
  if (!chimes) return reaction;
  const sameStep = step !== undefined && step.index === seen.step?.index;
  const cue =
    cueForStepChange(seen.step, step) ??
    (sameStep ? cueForBreathChange(seen.breath, observation.breath) : undefined) ??
    (sameStep && step
      ? cueForSecond(step, current.nextStep, seen.seconds, observation.seconds, cues)
      : undefined);
  if (cue) reaction.cue = cue;
  const speech =
    spokenCue(cue, step, cues.voiceDetail, stretchOf) ??
    (newStep && step ? spokenStep(step, current.nextStep, cues.voiceDetail, stretchOf) : undefined);
  if (speech) reaction.speech = speech;
  return reaction;
}
