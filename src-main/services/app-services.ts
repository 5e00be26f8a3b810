import type { RoutineId } from '../../shared/content/types';
import type { EventName } from '../../shared/ipc/channels';
import type { EventPayload } from '../../shared/ipc/contract';
import type { Preferences } from '../../shared/ipc/schemas';
import type { Timeline } from '../../shared/routine/index';
import type { Clock, Timers } from '../../shared/time/clock';
import type { IpcHandlers } from './ipc-dispatcher';
import { createPreferences, type PreferencesService } from './preferences';
import { createRoutineLog, type RoutineLog } from './routine-log';
import { createRoutineSession, type RoutineSession } from './routine-session';
import { timelineForRoutine } from './routine-timelines';
import type { SenderInfo } from './sender-policy';
import type { TrayMenuActions } from './tray-menu';

/** What services may ask of the windows, without knowing they are Electron windows. */
export interface WindowsPort {
  /** Opens the player window, or focuses it when already open. */
  showPlayer(): void;
  /** Closes the window that sent a message. */
  closeWindowOf(sender: SenderInfo): void;
}

/** Pushes an event to every renderer. */
export type Broadcast = <K extends EventName>(event: K, payload: EventPayload<K>) => void;

export interface AppServicesDeps {
  clock: Clock;
  timers: Timers;
  windows: WindowsPort;
  broadcast: Broadcast;
  /** @default the built-in routines with default lengths */
  timelineFor?: (routineId: RoutineId) => Timeline;
  /** @default defaultPreferences */
  initialPreferences?: Preferences;
}

export interface AppServices {
  session: RoutineSession;
  log: RoutineLog;
  preferences: PreferencesService;
  handlers: IpcHandlers;
  /** The tray's actions except Quit, which belongs to the app adapter. */
  trayActions: Omit<TrayMenuActions, 'quit'>;
  /** Call when the player window is gone: an unfinished routine counts as ended early. */
  playerClosed(): void;
}

/**
 * Composes main's behaviour from plain services. No Electron here: the real main process and
 * the e2e test host both call this, the latter with a FakeClock and fake windows.
 */
export function createAppServices(deps: AppServicesDeps): AppServices {
  const log = createRoutineLog();
  const preferences = createPreferences(deps.initialPreferences);
  const session = createRoutineSession({
    clock: deps.clock,
    timers: deps.timers,
    timelineFor: deps.timelineFor ?? timelineForRoutine,
    onFinished: (record) => log.append(record),
  });
  session.subscribe((snapshot) => deps.broadcast('session', snapshot));
  preferences.subscribe((value) => deps.broadcast('preferences', value));

  /** Until the safety note is acknowledged, a routine waits, paused at its start. */
  const startRoutine = (routineId: RoutineId) =>
    session.start(routineId, { paused: !preferences.get().safetyNoteAcknowledged });

  const startFromTray = (routineId: RoutineId): void => {
    startRoutine(routineId);
    deps.windows.showPlayer();
  };

  const handlers: IpcHandlers = {
    getSession: () => session.snapshot(),
    startRoutine: ({ routineId }) => startRoutine(routineId),
    controlSession: ({ action }) => session.control(action),
    getPreferences: () => preferences.get(),
    setSoundCues: (patch) => preferences.update(patch),
    acknowledgeSafetyNote: () => {
      const updated = preferences.update({ safetyNoteAcknowledged: true });
      const player = session.snapshot()?.player;
      // Only the routine the note was holding back: one the user paused later stays paused.
      if (player?.status === 'paused' && player.positionMs === 0) session.control('resume');
      return updated;
    },
    closeWindow: (_request, { sender }) => {
      session.abandon();
      deps.windows.closeWindowOf(sender);
      return null;
    },
  };

  return {
    session,
    log,
    preferences,
    handlers,
    trayActions: {
      startMorningRoutine: () => startFromTray('morning-in-bed'),
      startDeskBreak: () => startFromTray('desk-break'),
    },
    playerClosed: () => session.abandon(),
  };
}
