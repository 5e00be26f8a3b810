import type { Illustration } from '../types';
import { pose } from './body';
import { ABOVE } from './cameras';
import { arrow, VIEWBOX } from './draw';
import { figure } from './figure';
import { bed, BED_TOP, REST } from './scenery';
import { ang } from './space';

const LIE = BED_TOP - REST;
/** The body's centre line, back from the bed's front edge so the open knees stay over the bed. */
const Z = -24;
/** Soles together, heels a comfortable way from the groin. */
const FEET_X = 134;

/**
 * On the back, seen from high above the side of the bed so the diamond shows: soles together,
 * knees falling open, one toward you and one away, arms resting by the sides. Both inner
 * thighs stretch, so both legs are the accent.
 */
const body = pose({
  pelvis: [104, LIE, Z],
  torso: ang(180),
  // Tipped up onto the pillow.
  neck: ang(140),
  face: [0, -1, 0],
  far: {
    leg: { end: [FEET_X, LIE - 3, Z - 3], pole: [0.2, -0.1, -1], tip: [0.6, -1, 0.3] },
    arm: { end: [110, LIE, Z - 12], pole: [0, 1, -1] },
  },
  near: {
    leg: { end: [FEET_X, LIE - 3, Z + 3], pole: [0.2, -0.1, 1], tip: [0.6, -1, -0.3] },
    arm: { end: [110, LIE, Z + 12], pole: [0, 1, 1] },
  },
});

export const supineButterflyIllustration: Illustration = {
  viewBox: VIEWBOX,
  frames: [
    {
      label: 'Hold',
      shapes: [
        ...bed(ABOVE, { from: 26, to: 226, pillow: 'left', lieAt: Z }),
        ...figure(body, ABOVE, 'legs'),
        arrow([112, 70], [110, 60], [102, 56]),
        arrow([132, 116], [134, 124], [142, 128]),
      ],
    },
  ],
};
