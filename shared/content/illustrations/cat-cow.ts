import type { Illustration } from '../types';
import { pose, type PoseAim } from './body';
import { SIDE } from './cameras';
import { arrow } from './draw';
import { figure } from './figure';
import { bed, BED_TOP, REST } from './scenery';
import { ang, type Vec } from './space';

const LIE = BED_TOP - REST;
const KNEE: Vec = [80, LIE, 0];

/** Tabletop on the bed: knees under the hips, hands under the shoulders, shins flat behind. */
function tabletop(spine: Pick<PoseAim, 'bow' | 'neck' | 'face' | 'torso'>) {
  const hand = (z: number) => ({ end: [120, LIE, z] as Vec, pole: [-1, 0, 0] as Vec });
  const knee = (z: number) => ({
    end: [KNEE[0] - 32, LIE, z] as Vec,
    pole: [0, 1, 0] as Vec,
    tip: [-1, 0, 0] as Vec,
  });
  return pose({
    pelvis: [KNEE[0] + 2, LIE - 32, 0],
    ...spine,
    near: { leg: knee(0), arm: hand(0) },
    far: { leg: knee(0), arm: hand(0) },
  });
}

const cow = tabletop({ torso: ang(10), bow: [0, 0.12, 0], neck: ang(45), face: ang(20) });
const cat = tabletop({ torso: ang(14), bow: [0, -0.14, 0], neck: ang(-50), face: ang(-80) });

/**
 * Two frames of one flow: the back sags and the head lifts on the in-breath (cow), then the
 * back rounds up and the head drops on the out-breath (cat). The spine is the accent in both.
 */
export const catCowIllustration: Illustration = {
  // Two frames share the usual width, so the body stays the size it is in every drawing.
  viewBox: '28 0 120 160',
  alt: 'On hands and knees on the bed: breathing in, the back dips and the head lifts; breathing out, the back rounds up and the head drops',
  frames: [
    {
      label: 'Cow — breathe in',
      shapes: [
        ...bed(SIDE, { from: 28, to: 148 }),
        ...figure(cow, SIDE, 'spine'),
        arrow([100, 60], [100, 68], [100, 76]),
      ],
    },
    {
      label: 'Cat — breathe out',
      shapes: [
        ...bed(SIDE, { from: 28, to: 148 }),
        ...figure(cat, SIDE, 'spine'),
        arrow([100, 54], [100, 46], [100, 38]),
      ],
    },
  ],
};
