import type { Illustration } from '../types';
import { arrow, head, limb, VIEWBOX } from './draw';
import { bedFromAbove } from './scenery';

/**
 * Seen from above, because the diamond the legs make is the whole point of the pose: on the
 * back, arms by the sides, soles together, knees falling open. Both inner thighs stretch.
 */
export const supineButterflyIllustration: Illustration = {
  viewBox: VIEWBOX,
  alt: 'Seen from above: lying on your back, arms by your sides, soles of the feet together and knees falling open',
  frames: [
    {
      label: 'Hold',
      shapes: [
        ...bedFromAbove,
        head([36, 80]),
        limb('figure', [45, 80], [106, 80]),
        // Shoulders, then arms resting by the sides.
        limb('figure', [54, 62], [54, 98]),
        limb('figure', [54, 62], [80, 58], [104, 56]),
        limb('figure', [54, 98], [80, 102], [104, 104]),
        limb('figure', [106, 70], [106, 90]),
        // Legs in a diamond: thighs open, soles of the feet together.
        limb('active', [106, 72], [138, 38], [162, 76]),
        limb('active', [106, 88], [138, 122], [162, 84]),
        limb('figure', [162, 76], [172, 74]),
        limb('figure', [162, 84], [172, 86]),
        arrow([142, 28], [146, 22], [154, 20]),
        arrow([142, 132], [146, 138], [154, 140]),
      ],
    },
  ],
};
