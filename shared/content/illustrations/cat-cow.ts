import type { Illustration } from '../types';
import { BODY, pose, spineReach } from './body';
import { SIDE } from './cameras';
import { arrow } from './draw';
import { figure } from './figure';
import { bed, BED_TOP, REST } from './scenery';
import { ang, type Vec } from './space';

const LIE = BED_TOP - REST;
const KNEE_X = 80;
/** Hips straight above the knees. */
const PELVIS: Vec = [KNEE_X + 2, LIE - BODY.thigh, 0];

/**
 * Tabletop on the bed: knees under the hips, shins flat behind, and straight arms with the hands
 * under the shoulders. The arms are longer than the thighs, so the shoulders sit a little higher
 * than the hips; the spine tilts by just enough for straight arms to reach the bed.
 */
function tabletop(spine: { bow: Vec; neck: Vec; face: Vec }) {
  const reach = spineReach(Math.hypot(...spine.bow));
  const arm = BODY.upperArm + BODY.forearm;
  const rise = PELVIS[1] - (LIE - arm);
  const run = Math.sqrt(reach * reach - rise * rise);
  const hand = (z: number) => ({ end: [PELVIS[0] + run, LIE, z] as Vec, pole: [-1, 0, 0] as Vec });
  const knee = (z: number) => ({
    end: [KNEE_X - BODY.shin, LIE, z] as Vec,
    pole: [0, 1, 0] as Vec,
    tip: [-1, 0, 0] as Vec,
  });
  return pose({
    pelvis: PELVIS,
    torso: [run, -rise, 0],
    ...spine,
    near: { leg: knee(BODY.hipHalf), arm: hand(BODY.shoulderHalf) },
    far: { leg: knee(-BODY.hipHalf), arm: hand(-BODY.shoulderHalf) },
  });
}

const cow = tabletop({ bow: [0, 0.12, 0], neck: ang(45), face: ang(20) });
const cat = tabletop({ bow: [0, -0.14, 0], neck: ang(-50), face: ang(-80) });

/**
 * Two frames of one flow: the back sags and the head lifts on the in-breath (cow), then the
 * back rounds up and the head drops on the out-breath (cat). The spine is the accent in both.
 */
export const catCowIllustration: Illustration = {
  // Two frames share the usual width, so the body stays the size it is in every drawing.
  viewBox: '28 0 120 160',
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
