import { getRoutine, getStretchText } from '../content/text-catalog';
import {
  BUILT_IN_ROUTINE_IDS,
  type Routine,
  type RoutineId,
  type RoutineItem,
  type StretchId,
} from '../content/types';
import type { Settings } from '../settings/schema';
import type { RoutineLength } from './length-schema';
import { buildTimeline } from './timeline';
import type { Timeline } from './types';

/**
 * A routine as the user set it up: their stretch order, hold lengths, get-into-position time and
 * cat-cow length. Built-in routines keep their per-stretch design (the desk break's short holds)
 * wherever the user has not chosen a length.
 *
 * @throws Error for a custom routine id the settings do not hold.
 */
export function timelineFor(routineId: RoutineId, settings: Settings): Timeline {
  const routine = routineFromSettings(routineId, settings);
  return buildTimeline(routine, getStretchText, { setupS: settings.routines.setupS });
}

/**
 * Every routine the user can start, built-in ones first, with the length of the timeline main
 * would run: `timelineFor` is main's own, so the start screen and the session agree.
 */
export function routineLengths(
  settings: Settings,
  timelineOf: (routineId: RoutineId) => Timeline = (routineId) => timelineFor(routineId, settings),
): RoutineLength[] {
  const ids = [...BUILT_IN_ROUTINE_IDS, ...settings.routines.custom.map((routine) => routine.id)];
  return ids.map((routineId) => ({ routineId, totalMs: timelineOf(routineId).totalMs }));
}

function routineFromSettings(routineId: RoutineId, settings: Settings): Routine {
  const { routines } = settings;
  if (routineId === 'morning-in-bed' || routineId === 'desk-break') {
    const builtIn = getRoutine(routineId);
    const order =
      routineId === 'desk-break' ? routines.deskBreak.stretchIds : routines.morningInBed.stretchIds;
    return { ...builtIn, items: order.map((id) => itemFor(id, settings, builtIn)) };
  }
  const custom = routines.custom.find((candidate) => candidate.id === routineId);
  if (!custom) {
    throw new Error(`Unknown routine "${routineId}": it is not one of your custom routines.`);
  }
  return {
    id: custom.id,
    name: custom.name,
    description: 'Your own routine.',
    items: custom.stretchIds.map((id) => itemFor(id, settings)),
  };
}

/** One stretch with the user's lengths over the routine's own, over the stretch's defaults. */
function itemFor(stretchId: StretchId, settings: Settings, builtIn?: Routine): RoutineItem {
  const designed = builtIn?.items.find((item) => item.stretchId === stretchId);
  const holdS = settings.routines.holdS[stretchId] ?? designed?.holdS;
  const cycles =
    stretchId === 'cat-cow' ? catCowCycles(settings.routines.catCowS) : designed?.cycles;
  return {
    stretchId,
    ...(holdS === undefined ? {} : { holdS }),
    ...(cycles === undefined ? {} : { cycles }),
  };
}

/**
 * Cat-cow moves with the breath, so its length is whole breaths: the nearest count to the
 * chosen seconds (90 s at 4 s in + 5 s out is 10 breaths). The desk variant keeps its short
 * design; the setting is for the slow one in bed.
 */
function catCowCycles(catCowS: number): number {
  const pacing = getStretchText('cat-cow').pacing;
  if (pacing.kind !== 'flow') return 1;
  return Math.max(1, Math.round(catCowS / (pacing.breathInS + pacing.breathOutS)));
}
