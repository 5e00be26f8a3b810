import type { Illustration } from '../types';
import { head, limb, VIEWBOX, arrow } from './draw';
import { chair, FLOOR, SEAT } from './scenery';

/**
 * Perched on the front of the seat, one leg straight with the heel on the floor, hinging
 * forward with a long back. The straight leg is stretched, so it is the accent.
 */
export const deskHamstringIllustration: Illustration = {
  viewBox: VIEWBOX,
  alt: 'Sitting on the front edge of a chair, one leg straight with the heel on the floor, leaning forward from the hips',
  drawnSide: 'right',
  frames: [
    {
      label: 'Hold',
      shapes: [
        ...chair(48, 96),
        limb('figure', [90, SEAT - 6], [126, SEAT - 6], [128, FLOOR - 1], [140, FLOOR - 1]),
        limb('active', [90, SEAT - 6], [130, 124], [168, FLOOR - 3], [172, FLOOR - 13]),
        limb('figure', [90, SEAT - 6], [122, 60]),
        head([130, 49]),
        limb('figure', [118, 64], [128, 84], [122, 100]),
        arrow([140, 60], [150, 66], [152, 78]),
      ],
    },
  ],
};
