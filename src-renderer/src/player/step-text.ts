import type { Side, StretchText } from '@shared/content/types';
import type { TimelineStep } from '@shared/routine/types';

import type { StretchLookup } from './drawn-stretches';

/** The words around a step: side labels, "Next: …", the rotating cue, the screen-reader line. */

/** How long each cue stays up before the next one: long enough to read twice, calmly. */
export const CUE_ROTATION_MS = 10_000;

/** "Right side" / "Left side". */
export function sideLabel(side: Side): string {
  return side === 'right' ? 'Right side' : 'Left side';
}

/** The working limb as the stretch names it ("Right leg"), or "Right side" without words. */
export function sideName(stretch: StretchText, side: Side): string {
  return stretch.sides?.[side].label ?? sideLabel(side);
}

/**
 * The side the big label shows. A switch step already belongs to the new side in the timeline,
 * but the user is still coming out of the old one: the label changes when the new hold begins.
 */
export function shownSide(
  step: TimelineStep,
  previous: TimelineStep | undefined,
): Side | undefined {
  if (step.kind === 'switch') return previous?.side;
  if (step.kind === 'rest') return undefined;
  return step.side;
}

const stepNames: Record<TimelineStep['kind'], string> = {
  setup: 'Get into position',
  hold: 'Hold',
  switch: 'Switch sides',
  flow: 'Move with your breath',
  rest: 'Release and rest',
};

/**
 * What comes after this step. A new stretch is named; within one stretch the step itself is,
 * so the user knows whether to keep holding, switch or let go.
 */
export function nextLabel(
  step: TimelineStep,
  next: TimelineStep | undefined,
  stretchOf: StretchLookup,
): string {
  if (!next) return 'Next: Finish';
  if (next.stretchId !== step.stretchId) return `Next: ${stretchOf(next.stretchId).name}`;
  // Around a switch the side is the news; after getting into position it is the hold itself.
  if (next.kind === 'hold' && next.side && step.kind !== 'setup') {
    return `Next: ${sideName(stretchOf(next.stretchId), next.side)}`;
  }
  return `Next: ${stepNames[next.kind]}`;
}

/**
 * The reminder under the instruction while holding or flowing: the stretch's cues rotate with
 * the time spent in the step. Other steps have none (setup shows the how-to steps instead).
 */
export function cueLine(stretch: StretchText, step: TimelineStep, stepRemainingMs: number): string {
  if (step.kind !== 'hold' && step.kind !== 'flow') return '';
  if (stretch.cues.length === 0) return '';
  const elapsed = Math.max(0, step.durationMs - stepRemainingMs);
  const turn = Math.floor(elapsed / CUE_ROTATION_MS);
  return stretch.cues[turn % stretch.cues.length] ?? '';
}

const seconds = (ms: number): number => Math.round(ms / 1000);

/**
 * What a screen reader hears when the step changes: the stretch, the side, what to do and for
 * how long. "Piriformis stretch, right side. Hold for 30 seconds."
 */
export function announcement(step: TimelineStep, stretchOf: StretchLookup): string {
  const name = stretchOf(step.stretchId).name;
  const heading = step.side ? `${name}, ${step.side} side` : name;
  switch (step.kind) {
    case 'hold':
      return `${heading}. Hold for ${seconds(step.durationMs)} seconds.`;
    case 'flow':
      return step.breath
        ? `${heading}. Move with your breath for ${step.breath.cycles} breaths.`
        : `${heading}. ${step.instruction}`;
    default:
      return `${heading}. ${step.instruction}`;
  }
}
