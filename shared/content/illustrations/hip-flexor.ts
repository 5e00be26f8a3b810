import type { Illustration } from '../types';
import { pose } from './body';
import { SIDE } from './cameras';
import { arrow, VIEWBOX } from './draw';
import { figure } from './figure';
import { bed, BED_TOP, FLOOR, floor, REST } from './scenery';
import { ang } from './space';

/**
 * Standing beside the bed, facing it: the left foot up on the mattress with the knee bent, the
 * right leg long behind, heel up. The back (right) leg is the one stretched, at the front of its
 * hip, so it is the accent.
 */
const body = pose({
  pelvis: [128, 86, 0],
  torso: ang(90),
  face: [1, 0, 0],
  far: {
    leg: { end: [162, BED_TOP - REST, 0], pole: ang(80) },
    arm: { end: [150, 80, 0], pole: [0, 1, 0] },
  },
  near: {
    // Heel up, toes on the floor.
    leg: { end: [91, FLOOR - REST - 6.4, 0], pole: [1, 0, 0], tip: ang(-40) },
    arm: { end: [152, 82, 0], pole: [-0.2, 1, 0] },
  },
});

export const hipFlexorIllustration: Illustration = {
  viewBox: VIEWBOX,
  drawnSide: 'right',
  sideMark: { x: 88, y: 112 },
  frames: [
    {
      label: 'Hold',
      shapes: [
        ...bed(SIDE, { from: 150, to: 236, pillow: 'right' }),
        floor(SIDE),
        ...figure(body, SIDE, 'near-leg'),
        arrow([112, 100], [122, 98], [134, 98]),
      ],
    },
  ],
};
