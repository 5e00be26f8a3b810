import type { Illustration } from '../types';
import { arrow, head, limb, VIEWBOX } from './draw';
import { bedSide, BED_TOP, pillow } from './scenery';

/**
 * Face down on the bed, head on a folded forearm, one knee bent and the heel drawn toward
 * the seat by the hand. The bent leg is stretched (front of the thigh), so it is the accent.
 */
export const proneQuadIllustration: Illustration = {
  viewBox: VIEWBOX,
  alt: 'Lying on your stomach, one knee bent, the hand holding the ankle and drawing the heel toward the buttock',
  drawnSide: 'right',
  frames: [
    {
      label: 'Hold',
      shapes: [
        ...bedSide,
        pillow,
        head([32, BED_TOP - 17]),
        // Forearm folded under the forehead.
        limb('figure', [48, BED_TOP - 8], [40, BED_TOP - 2], [20, BED_TOP - 2]),
        limb('figure', [44, BED_TOP - 7], [100, BED_TOP - 7]),
        // Straight leg, long on the bed, toes pointing back.
        limb(
          'figure',
          [100, BED_TOP - 7],
          [140, BED_TOP - 5],
          [180, BED_TOP - 4],
          [188, BED_TOP - 1],
        ),
        // Bent leg: knee beside the other knee, heel toward the buttock.
        limb('active', [100, BED_TOP - 7], [140, BED_TOP - 6], [112, 88], [104, 82]),
        // Arm reaches back to hold the ankle.
        limb('figure', [50, BED_TOP - 9], [80, 98], [110, 90]),
        arrow([136, 78], [126, 66], [112, 70]),
      ],
    },
  ],
};
