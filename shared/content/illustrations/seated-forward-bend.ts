import type { Illustration } from '../types';
import { pose } from './body';
import { SIDE } from './cameras';
import { arrow, VIEWBOX } from './draw';
import { figure } from './figure';
import { bed, BED_TOP, REST } from './scenery';
import { ang } from './space';

const LIE = BED_TOP - REST;

/**
 * Sitting on the bed, legs long, hinged forward from the hips with a long, straight back: the
 * chest leads toward the feet, the head in line with the spine, hands reaching along the shins.
 * The stretch runs along the back, so the spine is the accent.
 */
const body = pose({
  pelvis: [78, LIE - 3, 0],
  torso: ang(38),
  neck: ang(28),
  face: ang(-35),
  far: {
    leg: { end: [143, LIE, 0], pole: ang(90), tip: ang(85) },
    arm: { end: [140, LIE - 10, 0], pole: [0, 1, 0] },
  },
  near: {
    leg: { end: [143, LIE, 0], pole: ang(90), tip: ang(85) },
    arm: { end: [142, LIE - 8, 0], pole: [0, 1, 0] },
  },
});

export const seatedForwardBendIllustration: Illustration = {
  viewBox: VIEWBOX,
  frames: [
    {
      label: 'Hold',
      shapes: [
        ...bed(SIDE, { from: 8, to: 232 }),
        ...figure(body, SIDE, 'spine'),
        arrow([84, 66], [104, 52], [124, 58]),
      ],
    },
  ],
};
