import type { Illustration } from '../types';
import { arrow, head, limb, VIEWBOX } from './draw';
import { chair, SEAT } from './scenery';

/**
 * The bed hip flexor stretch moved to a chair: one foot up on the seat of a four-legged chair,
 * the back leg long behind. The back leg is stretched, so it is the accent.
 */
export const deskHipFlexorIllustration: Illustration = {
  viewBox: VIEWBOX,
  alt: 'Standing facing a chair, one foot up on the seat, the other leg stretched back, hips pressed forward',
  drawnSide: 'right',
  frames: [
    {
      label: 'Hold',
      shapes: [
        ...chair(188, 146),
        limb('figure', [124, 80], [160, 76], [164, SEAT - 1], [176, SEAT - 1]),
        limb('active', [124, 80], [102, 110], [80, 142], [92, 149]),
        limb('figure', [124, 80], [126, 36]),
        head([128, 23]),
        // A hand on the chair back keeps you steady.
        limb('figure', [126, 40], [154, 44], [184, 56]),
        arrow([112, 94], [122, 92], [134, 92]),
      ],
    },
  ],
};
