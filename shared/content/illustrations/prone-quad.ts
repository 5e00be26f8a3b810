import type { Illustration } from '../types';
import { pose } from './body';
import { SIDE } from './cameras';
import { arrow, VIEWBOX } from './draw';
import { figure } from './figure';
import { bed, BED_TOP, REST } from './scenery';
import { ang } from './space';

const LIE = BED_TOP - REST;

/**
 * Face down, head to the right so the right side faces you: the face turned down into the
 * pillow, the chest and hips on the bed, and the right hand drawing the right heel toward the
 * buttock. The bent (right) leg is stretched, so it is the accent.
 */
const body = pose({
  pelvis: [156, LIE, 0],
  torso: ang(3),
  // Tipped up onto the pillow, the face turned down into it: the nose mark points down and
  // ahead, where it can't be lost in the pillow's outline, so the figure reads as face down.
  neck: ang(45),
  face: [0.6, 0.8, 0],
  far: {
    leg: { end: [91, LIE, 0], pole: ang(-90), tip: [-1, 0.1, 0] },
    // Lying along the body, behind it.
    arm: { end: [150, LIE, 0], pole: [0, -1, 0] },
  },
  near: {
    leg: { end: [150, LIE - 16, 0], pole: [-1, 0.3, 0], tip: ang(100) },
    arm: { end: [151, LIE - 18, 0], pole: [0, -1, 0] },
  },
});

export const proneQuadIllustration: Illustration = {
  viewBox: VIEWBOX,
  drawnSide: 'right',
  sideMark: { x: 122, y: 84 },
  frames: [
    {
      label: 'Hold',
      shapes: [
        ...bed(SIDE, { from: 8, to: 232, pillow: 'right' }),
        ...figure(body, SIDE, 'near-leg'),
        arrow([128, 76], [134, 64], [146, 66]),
      ],
    },
  ],
};
