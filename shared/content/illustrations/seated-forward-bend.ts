import type { Illustration } from '../types';
import { arrow, curve, head, limb, VIEWBOX } from './draw';
import { bedSide, BED_TOP } from './scenery';

/**
 * Sitting up on the bed, legs long, hinging forward from the hips and reaching for the feet.
 * The stretch runs along the back, so the spine is the accent.
 */
export const seatedForwardBendIllustration: Illustration = {
  viewBox: VIEWBOX,
  alt: 'Sitting on the bed with legs straight out in front, folding forward from the hips and reaching toward the feet',
  frames: [
    {
      label: 'Hold',
      shapes: [
        ...bedSide,
        limb(
          'figure',
          [70, BED_TOP - 4],
          [112, BED_TOP - 4],
          [154, BED_TOP - 4],
          [157, BED_TOP - 14],
        ),
        // Back rounding gently forward from the hips.
        curve('active', [70, BED_TOP - 4], [78, 86], [112, 84]),
        head([124, 84]),
        limb('figure', [108, 88], [126, 106], [150, 112]),
        arrow([90, 66], [116, 58], [136, 70]),
      ],
    },
  ],
};
