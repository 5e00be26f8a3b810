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
        limb('figure', [70, BED_TOP - 4], [112, BED_TOP - 4], [154, BED_TOP - 4], [157, BED_TOP - 14]),
        // Back rounding gently forward from the hips.
        curve('active', [70, BED_TOP - 4], [82, 76], [116, 74]),
        head([128, 76]),
        limb('figure', [112, 76], [134, 94], [152, 108]),
        arrow([98, 56], [122, 50], [140, 62]),
      ],
    },
  ],
};
