import { deskVariantsText } from './desk-variants';
import { builtInRoutines } from './routines';
import { morningStretchesText } from './stretches';
import type { Routine, RoutineId, StretchId, StretchText } from './types';

/**
 * The catalogue in words, without the drawings: what main and shared logic look stretches up
 * in. The renderer's catalog.ts adds the drawings; importing this one keeps them out of main.
 */

export { deskVariantsText } from './desk-variants';
export { builtInRoutines } from './routines';
export { morningStretchesText } from './stretches';

/** Every stretch the app knows: the seven bed stretches, then the desk variants. */
export const allStretchTexts: readonly StretchText[] = [
  ...morningStretchesText,
  ...deskVariantsText,
];

const textsById = new Map<StretchId, StretchText>(allStretchTexts.map((s) => [s.id, s]));
const routinesById = new Map<RoutineId, Routine>(builtInRoutines.map((r) => [r.id, r]));

/**
 * The stretch with this id, in words. Ids are a closed union, so a miss is a programming
 * error and throws rather than returning undefined to every caller.
 */
export function getStretchText(id: StretchId): StretchText {
  const stretch = textsById.get(id);
  if (!stretch) throw new Error(`Unknown stretch: ${id}`);
  return stretch;
}

/** The built-in routine with this id. Throws on an unknown id, like getStretchText. */
export function getRoutine(id: RoutineId): Routine {
  const routine = routinesById.get(id);
  if (!routine) throw new Error(`Unknown routine: ${id}`);
  return routine;
}
