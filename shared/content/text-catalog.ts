import { deskVariantsText } from './desk-variants';
import { lookupById } from './lookup';
import { morningStretchesText } from './stretches';
import type { StretchId, StretchText } from './types';

/**
 * The catalogue in words, without the drawings: what main and shared logic look stretches up
 * in. The renderer's catalog.ts adds the drawings; importing this one keeps them out of main.
 */

export { deskVariantsText } from './desk-variants';
export { builtInRoutines, getRoutine } from './routines';
export { morningStretchesText } from './stretches';

/** Every stretch the app knows: the seven bed stretches, then the desk variants. */
export const allStretchTexts: readonly StretchText[] = [
  ...morningStretchesText,
  ...deskVariantsText,
];

/** The stretch with this id, in words. */
export const getStretchText = lookupById<StretchId, StretchText>(allStretchTexts, 'stretch');
