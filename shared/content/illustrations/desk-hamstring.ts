import type { Illustration } from '../types';
import { pose } from './body';
import { SIDE } from './cameras';
import { arrow, VIEWBOX } from './draw';
import { figure } from './figure';
import { chair, FLOOR, REST, SEAT } from './scenery';
import { ang } from './space';

const HIP_Y = SEAT - REST;

/**
 * Perched on the front of the seat, the right leg straight with the heel on the floor and toes
 * up, the left foot flat, hinging forward with a long back. The straight (right) leg is
 * stretched, so it is the accent.
 */
const body = pose({
  pelvis: [106, HIP_Y, 0],
  torso: ang(62),
  neck: ang(52),
  face: ang(-20),
  far: {
    leg: { end: [136, FLOOR - REST, 0], pole: [1, 0, 0] },
    arm: { end: [134, HIP_Y - 4, 0], pole: [0, 1, 0] },
  },
  near: {
    leg: { end: [170, FLOOR - REST, 0], pole: ang(90), tip: ang(75) },
    arm: { end: [136, HIP_Y - 2, 0], pole: [0, 1, 0] },
  },
});

export const deskHamstringIllustration: Illustration = {
  viewBox: VIEWBOX,
  drawnSide: 'right',
  sideMark: { x: 170, y: 126 },
  frames: [
    {
      label: 'Hold',
      shapes: [
        ...chair(SIDE, 60, 108),
        ...figure(body, SIDE, 'near-leg'),
        arrow([140, 52], [150, 58], [152, 70]),
      ],
    },
  ],
};
