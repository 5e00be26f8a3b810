import type { Illustration } from '../types';
import { arrow, head, limb, VIEWBOX } from './draw';
import { bedToStandBy } from './scenery';

/**
 * Standing beside the bed, front foot up on the mattress with the knee at a right angle, back
 * leg long behind. The back leg is the one stretched (its hip flexor), so it is the accent.
 */
export const hipFlexorIllustration: Illustration = {
  viewBox: VIEWBOX,
  alt: 'Standing beside the bed, one foot up on the mattress, the other leg stretched back, hips pressed forward',
  drawnSide: 'right',
  frames: [
    {
      label: 'Hold',
      shapes: [
        ...bedToStandBy(112),
        // Front leg: hip, knee over the foot, foot flat on the bed.
        limb('figure', [126, 84], [162, 80], [164, 111], [176, 111]),
        // Back leg, long behind, heel lifted: the stretched side.
        limb('active', [126, 84], [104, 114], [80, 144], [92, 149]),
        limb('figure', [126, 84], [128, 38]),
        head([130, 25]),
        // Hands rest on the front knee for balance.
        limb('figure', [128, 42], [140, 62], [156, 76]),
        arrow([114, 98], [124, 96], [136, 96]),
      ],
    },
  ],
};
