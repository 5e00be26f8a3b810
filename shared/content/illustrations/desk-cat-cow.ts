import type { Illustration } from '../types';
import { arrow, curve, head, limb, VIEWBOX } from './draw';
import { chair, FLOOR, SEAT } from './scenery';

const HIP: readonly [number, number] = [80, SEAT - 6];
const seatedLegs = [
  ...chair(52, 100),
  limb('figure', HIP, [120, SEAT - 6], [122, FLOOR - 1], [134, FLOOR - 1]),
];

/**
 * Seated cat-cow, hands on the knees. Cow on the in-breath: chest forward, back arched, head up.
 * Cat on the out-breath: back rounded, chin toward the chest. The spine is the accent.
 */
export const deskCatCowIllustration: Illustration = {
  viewBox: VIEWBOX,
  alt: 'Sitting on a chair with hands on the knees: breathing in, the chest lifts and the back arches; breathing out, the back rounds and the head drops',
  frames: [
    {
      label: 'Cow — breathe in',
      shapes: [
        ...seatedLegs,
        curve('active', HIP, [98, 78], [90, 52]),
        head([94, 38]),
        limb('figure', [90, 56], [106, 78], [118, 96]),
        arrow([108, 64], [114, 58], [112, 48]),
      ],
    },
    {
      label: 'Cat — breathe out',
      shapes: [
        ...seatedLegs,
        curve('active', HIP, [62, 70], [96, 56]),
        head([108, 60]),
        limb('figure', [96, 58], [108, 78], [118, 96]),
        arrow([64, 56], [60, 50], [62, 42]),
      ],
    },
  ],
};
