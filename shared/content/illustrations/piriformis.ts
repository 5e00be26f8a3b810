import type { Illustration } from '../types';
import { pose } from './body';
import { RAISED } from './cameras';
import { arrow, VIEWBOX } from './draw';
import { figure } from './figure';
import { bed, BED_TOP, REST } from './scenery';
import { ang, seen } from './space';

const LIE = BED_TOP - REST;
/** The body's centre line, back from the bed's front edge so the open knee stays over the bed. */
const Z = -14;
const at = (x: number, y: number, z: number) => seen(RAISED, [x, y], z);

/**
 * On the back, seen from the side and a little above so the crossing shows: the left thigh is
 * drawn up with the shin level, the right ankle rests across it just below the knee, and the
 * right knee falls open toward you, making a triangle between the legs. Both hands hold the back
 * of the left thigh. The crossed (right) leg is the one stretched, so it is the accent.
 */
const body = pose({
  pelvis: [104, LIE, Z],
  torso: ang(180),
  // Tipped up onto the pillow.
  neck: ang(140),
  face: [0, -1, 0],
  far: {
    leg: { end: at(121, 68, Z - 6), pole: [-1, -1, 0] },
    arm: { end: at(89, 80, Z - 8), pole: [0.3, 1, 0] },
  },
  near: {
    leg: { end: at(96, 76, Z + 2), pole: [1, 0.3, 0.6], tip: [-0.4, -0.2, -1] },
    arm: { end: at(90, 82, Z + 2), pole: [0.3, 1, 0] },
  },
});

export const piriformisIllustration: Illustration = {
  viewBox: VIEWBOX,
  drawnSide: 'right',
  sideMark: { x: 140, y: 102 },
  frames: [
    {
      label: 'Hold',
      shapes: [
        ...bed(RAISED, { from: 26, to: 226, pillow: 'left', lieAt: Z }),
        ...figure(body, RAISED, 'near-leg'),
        arrow([118, 48], [104, 40], [92, 48]),
      ],
    },
  ],
};
