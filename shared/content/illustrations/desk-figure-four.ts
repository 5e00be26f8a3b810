import type { Illustration } from '../types';
import { arrow, head, limb, VIEWBOX } from './draw';
import { chair, FLOOR, SEAT } from './scenery';

/**
 * Seated on a chair, one ankle on the other knee, leaning forward with a long back. The
 * crossed leg is stretched (its buttock), so it is the accent.
 */
export const deskFigureFourIllustration: Illustration = {
  viewBox: VIEWBOX,
  alt: 'Sitting on a chair with one ankle resting on the other knee, leaning forward with a straight back',
  drawnSide: 'right',
  frames: [
    {
      label: 'Hold',
      shapes: [
        ...chair(56, 104),
        // Bottom leg: thigh level, shin down, foot flat.
        limb('figure', [84, SEAT - 6], [124, SEAT - 6], [126, FLOOR - 1], [138, FLOOR - 1]),
        // Crossed leg: knee out to the side, ankle across the other knee.
        limb('active', [84, SEAT - 6], [104, 84], [124, 95], [135, 93]),
        limb('figure', [84, SEAT - 6], [106, 54]),
        head([112, 41]),
        limb('figure', [104, 58], [114, 76], [118, 92]),
        arrow([124, 36], [132, 42], [134, 52]),
      ],
    },
  ],
};
