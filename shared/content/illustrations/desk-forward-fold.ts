import type { Illustration } from '../types';
import { pose } from './body';
import { SIDE } from './cameras';
import { arrow, VIEWBOX } from './draw';
import { figure } from './figure';
import { chair, FLOOR, REST, SEAT } from './scenery';
import { ang } from './space';

const HIP_Y = SEAT - REST;

/**
 * Seated, folded forward over the thighs, head and arms hanging loose toward the floor. The
 * stretch runs along the back, so the spine is the accent.
 */
const legs = { end: [120, FLOOR - REST, 0] as const, pole: [1, 0, 0] as const };
const body = pose({
  pelvis: [84, HIP_Y, 0],
  torso: ang(16),
  bow: [0, -0.08, 0],
  neck: ang(-70),
  face: ang(-100),
  far: { leg: legs, arm: { end: [124, FLOOR - 8, 0], pole: [1, 0, 0] } },
  near: { leg: legs, arm: { end: [126, FLOOR - 8, 0], pole: [1, 0, 0] } },
});

export const deskForwardFoldIllustration: Illustration = {
  viewBox: VIEWBOX,
  frames: [
    {
      label: 'Hold',
      shapes: [
        ...chair(SIDE, 60, 104),
        ...figure(body, SIDE, 'spine'),
        arrow([96, 78], [122, 72], [140, 90]),
      ],
    },
  ],
};
