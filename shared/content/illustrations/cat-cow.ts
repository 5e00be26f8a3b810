import type { Illustration } from '../types';
import { arrow, curve, head, limb, VIEWBOX } from './draw';
import { bedSide, BED_TOP } from './scenery';

// Tabletop on the bed: knees under the hips, hands under the shoulders, shins flat behind.
const KNEE: readonly [number, number] = [70, BED_TOP - 2];
const HIP: readonly [number, number] = [72, 84];
const SHOULDER: readonly [number, number] = [134, 84];
const tabletop = [
  ...bedSide,
  limb('figure', [30, BED_TOP - 2], KNEE, HIP),
  limb('figure', SHOULDER, [136, BED_TOP - 2], [144, BED_TOP - 2]),
];

/**
 * Two frames of one flow: the back sags and the head lifts on the in-breath (cow), then the
 * back rounds up and the head drops on the out-breath (cat). The spine is the accent in both.
 */
export const catCowIllustration: Illustration = {
  viewBox: VIEWBOX,
  alt: 'On hands and knees on the bed: breathing in, the back dips and the head lifts; breathing out, the back rounds up and the head drops',
  frames: [
    {
      label: 'Cow — breathe in',
      shapes: [
        ...tabletop,
        curve('active', HIP, [102, 104], SHOULDER),
        limb('figure', SHOULDER, [144, 74]),
        head([151, 66]),
        arrow([102, 102], [102, 110], [102, 116]),
      ],
    },
    {
      label: 'Cat — breathe out',
      shapes: [
        ...tabletop,
        curve('active', HIP, [102, 52], SHOULDER),
        limb('figure', SHOULDER, [146, 94]),
        head([150, 102]),
        arrow([102, 56], [102, 48], [102, 40]),
      ],
    },
  ],
};
