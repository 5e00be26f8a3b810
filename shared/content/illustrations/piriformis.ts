import type { Illustration } from '../types';
import { arrow, head, limb, VIEWBOX } from './draw';
import { bedSide, BED_TOP, pillow } from './scenery';

/**
 * On the back on the bed. The bottom leg's thigh is drawn toward the chest with both hands;
 * the crossed leg (ankle on the other knee) is the stretched one, so it is the accent.
 */
export const piriformisIllustration: Illustration = {
  viewBox: VIEWBOX,
  alt: 'Lying on your back, one ankle crossed over the other knee, hands drawing the lower thigh toward the chest',
  drawnSide: 'right',
  frames: [
    {
      label: 'Hold',
      shapes: [
        ...bedSide,
        pillow,
        head([32, BED_TOP - 15]),
        limb('figure', [42, BED_TOP - 6], [96, BED_TOP - 6]),
        // Bottom leg: thigh up toward the chest, shin level, foot off the bed.
        limb('figure', [96, BED_TOP - 6], [108, 76], [144, 80], [146, 72]),
        // Crossed leg: knee out to the side, ankle resting on the bottom knee.
        limb('active', [96, BED_TOP - 6], [136, 98], [110, 78], [104, 72]),
        // Arms reach up and hold the back of the bottom thigh.
        limb('figure', [46, BED_TOP - 8], [74, 100], [100, 90]),
        arrow([124, 62], [112, 54], [100, 60]),
      ],
    },
  ],
};
