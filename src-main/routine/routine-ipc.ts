import type { RoutineId } from '@shared/content/types';
import type { Timeline } from '@shared/routine';
import { routineLengths } from '@shared/routine/settings-timeline';
import type { SessionSnapshot } from '@shared/routine/snapshot-schema';
import type { Dispose } from '@shared/time/clock';

import type { IpcHandlers } from '../ipc/dispatcher';
import type { Broadcast } from '../platform/broadcast-port';
import type { SettingsStore } from '../settings/settings-store';
import type { RoutineSession } from './routine-session';

/** The routine session's channels, and the safety note that holds a first routine back. */
export function routineHandlers(deps: {
  session: RoutineSession;
  settings: SettingsStore;
  startRoutine: (routineId: RoutineId) => SessionSnapshot;
  /** The timeline a routine would run now: the session's own, so the lengths agree. */
  timelineFor: (routineId: RoutineId) => Timeline;
}): Pick<
  IpcHandlers,
  'getSession' | 'startRoutine' | 'controlSession' | 'getRoutineLengths' | 'acknowledgeSafetyNote'
> {
  const { session, settings } = deps;
  return {
    getSession: () => session.snapshot(),
    startRoutine: ({ routineId }) => deps.startRoutine(routineId),
    controlSession: ({ action }) => session.control(action),
    getRoutineLengths: () => routineLengths(settings.get(), deps.timelineFor),
    acknowledgeSafetyNote: () => {
      const updated = settings.update({ safetyNoteAcknowledged: true });
      const player = session.snapshot()?.player;
      // Only the routine the note was holding back: one the user paused later stays paused.
      if (player?.status === 'paused' && player.positionMs === 0) session.control('resume');
      return updated;
    },
  };
}

/** Pushes every change of the session to the renderers. Returns the undo. */
export function broadcastRoutine(session: RoutineSession, broadcast: Broadcast): Dispose {
  return session.subscribe((snapshot) => broadcast('session', snapshot));
}
