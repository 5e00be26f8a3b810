import type { IllustrationShape } from '../types';
import { limb } from './draw';

/**
 * The furniture the figures use: a bed seen from the side (with a pillow), the floor, a
 * kitchen-style chair, and a bed seen from above. Drawn once so every figure shares them.
 */

/** Height of the mattress top when the figure lies or kneels on the bed. */
export const BED_TOP = 122;

/** Height of the floor line. */
export const FLOOR = 150;

/** The floor, edge to edge. */
export const floor: IllustrationShape = limb('surface', [6, FLOOR], [234, FLOOR]);

/** A bed seen from the side, full width, with a pillow at the head end (left). */
export const bedSide: readonly IllustrationShape[] = [
  {
    kind: 'path',
    role: 'surface',
    d: `M 8 ${BED_TOP} H 232 V ${BED_TOP + 12} H 8 Z`,
  },
  limb('surface', [14, BED_TOP + 12], [14, FLOOR]),
  limb('surface', [226, BED_TOP + 12], [226, FLOOR]),
];

/** A flat pillow under the head of a figure lying on the side-view bed. */
export const pillow: IllustrationShape = {
  kind: 'path',
  role: 'surface',
  d: `M 14 ${BED_TOP} Q 12 ${BED_TOP - 9} 24 ${BED_TOP - 9} H 44 Q 54 ${BED_TOP - 9} 52 ${BED_TOP} Z`,
};

/** A bed standing on the floor at the right, for stretches done standing beside it. */
export function bedToStandBy(top: number): readonly IllustrationShape[] {
  return [
    { kind: 'path', role: 'surface', d: `M 150 ${top} H 236 V ${top + 12} H 150 Z` },
    limb('surface', [156, top + 12], [156, FLOOR]),
    limb('surface', [230, top + 12], [230, FLOOR]),
    floor,
  ];
}

/** Chair seat height: the figures sit on it and rest a foot on it. */
export const SEAT = 108;

/**
 * A plain four-legged chair in side view, backrest at `backX`, seat reaching to `frontX`.
 * Four legs on purpose: the desk hip flexor needs a chair that cannot roll.
 */
export function chair(backX: number, frontX: number): readonly IllustrationShape[] {
  const back = backX < frontX ? backX - 2 : backX + 2;
  return [
    limb('surface', [backX, SEAT], [frontX, SEAT]),
    limb('surface', [backX, SEAT], [back, SEAT - 52]),
    limb(
      'surface',
      [backX + (frontX > backX ? 2 : -2), SEAT],
      [backX + (frontX > backX ? 2 : -2), FLOOR],
    ),
    limb(
      'surface',
      [frontX - (frontX > backX ? 2 : -2), SEAT],
      [frontX - (frontX > backX ? 2 : -2), FLOOR],
    ),
    floor,
  ];
}

/** A bed seen from above with its pillow at the left, for the one top-down figure. */
export const bedFromAbove: readonly IllustrationShape[] = [
  { kind: 'path', role: 'surface', d: 'M 12 22 H 228 V 138 H 12 Z' },
  {
    kind: 'path',
    role: 'surface',
    d: 'M 20 56 Q 18 50 24 50 H 44 Q 50 50 50 56 V 104 Q 50 110 44 110 H 24 Q 18 110 20 104 Z',
  },
];
