import type { Illustration } from '../types';
import { pose } from './body';
import { SIDE } from './cameras';
import { arrow, VIEWBOX } from './draw';
import { figure } from './figure';
import { chair, FLOOR, REST, SEAT } from './scenery';
import { ang } from './space';

/**
 * The bed hip flexor stretch moved to a chair: facing a four-legged chair, the left foot up on
 * the seat, the right leg long behind with the heel up. The back (right) leg is stretched, so
 * it is the accent.
 */
const body = pose({
  pelvis: [128, 86, 0],
  torso: ang(90),
  face: [1, 0, 0],
  far: {
    leg: { end: [164, SEAT - REST, 0], pole: ang(80) },
    arm: { end: [152, 80, 0], pole: [0, 1, 0] },
  },
  near: {
    // Heel up, toes on the floor.
    leg: { end: [91, FLOOR - REST - 6.4, 0], pole: [1, 0, 0], tip: ang(-40) },
    arm: { end: [154, 82, 0], pole: [-0.2, 1, 0] },
  },
});

export const deskHipFlexorIllustration: Illustration = {
  viewBox: VIEWBOX,
  drawnSide: 'right',
  sideMark: { x: 88, y: 112 },
  frames: [
    {
      label: 'Hold',
      shapes: [
        ...chair(SIDE, 204, 156),
        ...figure(body, SIDE, 'near-leg'),
        arrow([112, 100], [122, 98], [134, 98]),
      ],
    },
  ],
};
