import type { Illustration } from '../types';
import { curve, head, limb, VIEWBOX, arrow } from './draw';
import { chair, FLOOR, SEAT } from './scenery';

/**
 * Seated, folded forward over the thighs with the arms hanging toward the floor. The stretch
 * runs along the back, so the spine is the accent.
 */
export const deskForwardFoldIllustration: Illustration = {
  viewBox: VIEWBOX,
  alt: 'Sitting on a chair, folded forward over the thighs, arms hanging loose toward the floor',
  frames: [
    {
      label: 'Hold',
      shapes: [
        ...chair(56, 104),
        limb('figure', [84, SEAT - 6], [124, SEAT - 6], [126, FLOOR - 1], [138, FLOOR - 1]),
        curve('active', [84, SEAT - 6], [100, 70], [134, 88]),
        limb('figure', [134, 88], [142, 94]),
        head([148, 102]),
        limb('figure', [133, 90], [136, 116], [136, 140]),
        arrow([104, 60], [132, 56], [150, 74]),
      ],
    },
  ],
};
