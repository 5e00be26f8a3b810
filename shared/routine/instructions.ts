import type { Side, StretchText } from '../content/types';

/**
 * The short sentence shown for each step. Kept apart from the timeline arithmetic so the words
 * can be reworded (or translated) without touching the timing.
 */
export const instructions = {
  setup: (stretch: StretchText): string => `Get into position: ${stretch.startPosition}`,
  /** A side's hold names its limbs ("Right ankle over your left knee") when the stretch says. */
  hold: (stretch: StretchText, side: Side | undefined): string => {
    if (!side) return 'Hold still and breathe steadily';
    return stretch.sides?.[side].hold ?? `Hold — ${side} side`;
  },
  /** How to change over, in the stretch's own words: "Lower your right leg, raise your left". */
  switchSides: (stretch: StretchText): string => stretch.sides?.switchHow ?? 'Switch sides',
  flow: (): string => 'Move with your breath',
  rest: (): string => 'Slowly release and breathe',
} as const;
