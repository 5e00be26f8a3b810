import type { Illustration } from '../types';
import { pose, type PoseAim } from './body';
import { SIDE } from './cameras';
import { arrow } from './draw';
import { figure } from './figure';
import { chair, FLOOR, REST, SEAT } from './scenery';
import { type Vec } from './space';

const HIP_Y = SEAT - REST;
const KNEE: Vec = [117, HIP_Y, 0];

/** Seated toward the front of the chair, feet flat, hands resting on the knees. */
function seated(spine: Pick<PoseAim, 'bow' | 'neck' | 'face' | 'torso'>) {
  const leg = { end: [KNEE[0] + 2, FLOOR - REST, 0] as Vec, pole: [1, 0, 0] as Vec };
  const hand = { end: [KNEE[0], KNEE[1] - 3, 0] as Vec, pole: [0, 1, 0] as Vec };
  return pose({
    pelvis: [84, HIP_Y, 0],
    ...spine,
    near: { leg, arm: hand },
    far: { leg, arm: hand },
  });
}

const cow = seated({
  torso: [0.25, -1, 0],
  bow: [0.12, 0, 0],
  neck: [0.3, -1, 0],
  face: [1, -0.5, 0],
});
const cat = seated({
  torso: [0.55, -1, 0],
  bow: [-0.14, 0, 0],
  neck: [1, 0.6, 0],
  face: [0.3, 1, 0],
});

/**
 * Seated cat-cow, hands on the knees. Cow on the in-breath: chest lifted and forward, lower
 * back arched, eyes up. Cat on the out-breath: back rounded, chin toward the chest. The spine
 * is the accent.
 */
export const deskCatCowIllustration: Illustration = {
  // Two frames share the usual width, so the body stays the size it is in every drawing.
  viewBox: '40 0 120 160',
  frames: [
    {
      label: 'Cow — breathe in',
      shapes: [
        ...chair(SIDE, 60, 104),
        ...figure(cow, SIDE, 'spine'),
        arrow([112, 66], [118, 58], [116, 48]),
      ],
    },
    {
      label: 'Cat — breathe out',
      shapes: [
        ...chair(SIDE, 60, 104),
        ...figure(cat, SIDE, 'spine'),
        arrow([70, 66], [64, 58], [66, 48]),
      ],
    },
  ],
};
