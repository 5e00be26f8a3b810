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
        curve('active', [84, SEAT - 6], [96, 70], [132, 84]),
        head([140, 98]),
        limb('figure', [128, 86], [132, 112], [134, 138]),
        arrow([106, 62], [130, 58], [146, 72]),
      ],
    },
  ],
};
