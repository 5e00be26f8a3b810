import type { RoutineId, StretchId } from '@shared/content/types';
import type { Settings, SettingsPatch } from '@shared/settings/schema';

/**
 * The settings change that drops `stretchId` from a routine for good, or undefined when it
 * cannot: the routine is not one the settings hold, the stretch is not in it, or it is the
 * only stretch left (a routine keeps at least one).
 */
export function leaveOutPatch(
  settings: Settings,
  routineId: RoutineId,
  stretchId: StretchId,
): SettingsPatch | undefined {
  const without = (ids: readonly StretchId[]): StretchId[] | undefined => {
    const kept = ids.filter((id) => id !== stretchId);
    return kept.length === ids.length || kept.length === 0 ? undefined : kept;
  };
  const { routines } = settings;
  if (routineId === 'morning-in-bed') {
    const stretchIds = without(routines.morningInBed.stretchIds);
    return stretchIds && { routines: { morningInBed: { stretchIds } } };
  }
  if (routineId === 'desk-break') {
    const stretchIds = without(routines.deskBreak.stretchIds);
    return stretchIds && { routines: { deskBreak: { stretchIds } } };
  }
  const custom = routines.custom.find((routine) => routine.id === routineId);
  const stretchIds = custom && without(custom.stretchIds);
  if (!stretchIds) return undefined;
  // Lists are replaced whole: send every custom routine, this one without the stretch.
  return {
    routines: {
      custom: routines.custom.map((routine) =>
        routine.id === routineId ? { ...routine, stretchIds } : routine,
      ),
    },
  };
}
