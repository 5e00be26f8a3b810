import type { Illustration } from '../types';
import { arrow, curve, head, limb, VIEWBOX } from './draw';
import { bedSide, BED_TOP, pillow } from './scenery';

/**
 * On the back, one leg straight up with a towel around the foot, the other long on the bed.
 * The raised leg is stretched (back of the thigh), so it is the accent; the towel is a prop.
 */
export const hamstringIllustration: Illustration = {
  viewBox: VIEWBOX,
  alt: 'Lying on your back, one leg raised straight up with a towel around the foot, the other leg flat on the bed',
  drawnSide: 'right',
  frames: [
    {
      label: 'Hold',
      shapes: [
        ...bedSide,
        pillow,
        head([32, BED_TOP - 15]),
        limb('figure', [42, BED_TOP - 6], [96, BED_TOP - 6]),
        // Resting leg, long on the bed, toes up.
        limb(
          'figure',
          [96, BED_TOP - 6],
          [136, BED_TOP - 5],
          [174, BED_TOP - 5],
          [176, BED_TOP - 14],
        ),
        // Raised leg, knee straight, tipped a little toward the head.
        limb('active', [96, BED_TOP - 6], [93, 78], [90, 40], [80, 35]),
        // Towel: from the hands, around the sole, and back.
        curve('prop', [66, 82], [76, 50], [84, 32]),
        curve('prop', [84, 32], [94, 28], [93, 40]),
        curve('prop', [93, 40], [80, 62], [70, 84]),
        // Arm up to the towel ends.
        limb('figure', [46, BED_TOP - 8], [54, 96], [68, 82]),
        arrow([110, 44], [110, 28], [98, 22]),
      ],
    },
  ],
};
