import type { TimelineStep } from '@shared/routine/types';
import type { Settings } from '@shared/settings/schema';

import type { Cue } from './cue-plan';
import type { StretchLookup } from './drawn-stretches';
import { sideName } from './step-text';

type Detail = Settings['cues']['voiceDetail'];

/** What the voice says as a stretch starts: its name and the side, lower-cased mid-sentence. */
function startWords(step: TimelineStep, stretchOf: StretchLookup): string {
  const stretch = stretchOf(step.stretchId);
  const side = step.side ? `, ${sideName(stretch, step.side).toLowerCase()}` : '';
  return step.kind === 'flow'
    ? `${stretch.name}. Move with your breath.`
    : `${stretch.name}${side}. Hold.`;
}

/**
 * The words for a moment the player chimes at. "start-end" speaks only the start and end of
 * each hold; "everything" adds the switch, the breaths and what comes next.
 */
export function spokenCue(
  cue: Cue | undefined,
  step: TimelineStep | undefined,
  detail: Detail,
  stretchOf: StretchLookup,
): string | undefined {
  if (cue === 'hold-start' && step) return startWords(step, stretchOf);
  if (cue === 'hold-end') return step ? 'Release.' : 'Release. That is the whole routine.';
  if (detail !== 'everything') return undefined;
  if (cue === 'switch') return 'Switch sides.';
  if (cue === 'breath-in') return 'Breathe in.';
  if (cue === 'breath-out') return 'Breathe out.';
  return undefined;
}

/** "everything" also says what is coming while getting ready or resting. */
export function spokenStep(
  step: TimelineStep,
  next: TimelineStep | undefined,
  detail: Detail,
  stretchOf: StretchLookup,
): string | undefined {
  if (detail !== 'everything') return undefined;
  if (step.kind === 'setup') return `Next, ${stretchOf(step.stretchId).name}. ${step.instruction}`;
  if (step.kind === 'rest' && next) return `Rest. Next up, ${stretchOf(next.stretchId).name}.`;
  return undefined;
}
