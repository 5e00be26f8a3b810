import type { Illustration } from '../types';
import { pose } from './body';
import { SIDE } from './cameras';
import { arrow, curve, VIEWBOX } from './draw';
import { figure } from './figure';
import { bed, BED_TOP, REST } from './scenery';
import { ang, reach } from './space';

const LIE = BED_TOP - REST;
const HIP: [number, number, number] = [100, LIE, 0];
/** Where the raised foot is: straight up from the hip, tipped a little toward the head. */
const FOOT = reach(HIP, ang(98), 65);

/**
 * On the back, the right leg raised straight with a towel round the foot, the left leg long on
 * the bed. The raised leg is stretched (back of the thigh), so it is the accent.
 */
const body = pose({
  pelvis: HIP,
  torso: ang(180),
  // Tipped up onto the pillow.
  neck: ang(140),
  face: [0, -1, 0],
  far: {
    leg: { end: [166, LIE, 0], pole: ang(90), tip: ang(90) },
    arm: { end: [76, 70, 0], pole: [-1, 0, 0] },
  },
  near: {
    leg: { end: FOOT, pole: [1, 0, 0], tip: ang(188) },
    arm: { end: [78, 72, 0], pole: [-1, 0, 0] },
  },
});

export const hamstringIllustration: Illustration = {
  viewBox: VIEWBOX,
  drawnSide: 'right',
  sideMark: { x: 114, y: 70 },
  frames: [
    {
      label: 'Hold',
      shapes: [
        ...bed(SIDE, { from: 8, to: 232, pillow: 'left' }),
        ...figure(body, SIDE, 'near-leg'),
        // The towel: from the hands, over the sole, and back down.
        curve('prop', [77, 71], [78, 50], [86, 38]),
        curve('prop', [86, 38], [92, 36], [94, 44]),
        curve('prop', [94, 44], [86, 58], [79, 72]),
        arrow([112, 40], [110, 26], [98, 22]),
      ],
    },
  ],
};
