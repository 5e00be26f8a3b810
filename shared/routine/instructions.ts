import type { Side, Stretch } from '../content/types';

/**
 * The short sentence shown for each step. Kept apart from the timeline arithmetic so the words
 * can be reworded (or translated) without touching the timing.
 */
export const instructions = {
  setup: (stretch: Stretch): string => `Get into position: ${stretch.startPosition}`,
  hold: (side: Side | undefined): string =>
    side ? `Hold — ${side} side` : 'Hold still and breathe steadily',
  switchSides: (): string => 'Switch sides',
  flow: (): string => 'Move with your breath',
  rest: (): string => 'Slowly release and breathe',
} as const;
