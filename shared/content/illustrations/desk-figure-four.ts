import type { Illustration } from '../types';
import { pose } from './body';
import { FRONT_QUARTER } from './cameras';
import { arrow, VIEWBOX } from './draw';
import { figure } from './figure';
import { chair, FLOOR, REST, SEAT } from './scenery';
import { ang } from './space';

const HIP_Y = SEAT - REST;

/**
 * Seated, seen three-quarters from the front so the crossing shows: the right ankle rests on
 * top of the left knee, the right knee drops out to the side, and the back stays long as the
 * body leans forward. The crossed (right) leg is stretched (its buttock), so it is the accent.
 */
const body = pose({
  pelvis: [86, HIP_Y, 0],
  torso: ang(66),
  neck: ang(55),
  face: ang(-20),
  far: {
    leg: { end: [121, FLOOR - REST, -8], pole: [1, 0, 0] },
    // Resting on the crossed ankle.
    arm: { end: [118, HIP_Y - 10, -2], pole: [0, 1, -1] },
  },
  near: {
    leg: { end: [118, HIP_Y - 9, -6], pole: [0.1, 0.34, 1], tip: [0, -0.1, -1] },
    // Resting on the crossed knee.
    arm: { end: [104, HIP_Y, 26], pole: [0, 1, 1] },
  },
});

// Turned about a point under the seat, so the figure stays in the middle of the frame.
const camera = { ...FRONT_QUARTER, origin: [100, FLOOR, 0] as const };

export const deskFigureFourIllustration: Illustration = {
  viewBox: VIEWBOX,
  drawnSide: 'right',
  sideMark: { x: 70, y: 100 },
  frames: [
    {
      label: 'Hold',
      shapes: [
        ...chair(camera, 70, 110),
        ...figure(body, camera, 'near-leg'),
        arrow([140, 40], [150, 46], [152, 58]),
      ],
    },
  ],
};
