import { deskVariants } from './desk-variants';
import { builtInRoutines } from './routines';
import { morningStretches } from './stretches';
import type { Routine, RoutineId, Stretch, StretchId } from './types';

export { deskVariants } from './desk-variants';
export { builtInRoutines } from './routines';
export { morningStretches } from './stretches';

/** Every stretch the app knows: the seven bed stretches, then the desk variants. */
export const allStretches: readonly Stretch[] = [...morningStretches, ...deskVariants];

const stretchesById = new Map<StretchId, Stretch>(allStretches.map((s) => [s.id, s]));
const routinesById = new Map<RoutineId, Routine>(builtInRoutines.map((r) => [r.id, r]));

/**
 * The stretch with this id. Ids are a closed union, so a miss is a programming error and
 * throws rather than returning undefined to every caller.
 */
export function getStretch(id: StretchId): Stretch {
  const stretch = stretchesById.get(id);
  if (!stretch) throw new Error(`Unknown stretch: ${id}`);
  return stretch;
}

/** The built-in routine with this id. Throws on an unknown id, like getStretch. */
export function getRoutine(id: RoutineId): Routine {
  const routine = routinesById.get(id);
  if (!routine) throw new Error(`Unknown routine: ${id}`);
  return routine;
}
