import type { RoutineId } from '@shared/content/types';
import type { EventName } from '@shared/ipc/channels';
import type { EventPayload } from '@shared/ipc/contract';
import type { Timeline } from '@shared/routine';
import type { Clock, Timers } from '@shared/time/clock';
import type { IpcHandlers } from '../ipc/dispatcher';
import { createRoutineLog, type RoutineLog, type RoutineRecord } from '../routine/routine-log';
import { createRoutineSession, type RoutineSession } from '../routine/routine-session';
import { timelineForRoutine } from '../routine/routine-timelines';
import type { SenderInfo } from '../ipc/sender-policy';
import type { SettingsFile } from '../settings/settings-file-port';
import { followSittingSettings, sittingConfigFrom } from '../sitting/sitting-config';
import { createSettingsStore, type SettingsStore } from '../settings/settings-store';
import { broadcastSitting, sittingHandlers } from '../sitting/sitting-ipc';
import type { IdleSource, Notifier, NudgeWindowPort, PowerEvents } from '../platform/ports';
import type { SittingService } from '../sitting/sitting-service-types';
import { createSittingService } from '../sitting/sitting-service';
import type { TrayMenuActions } from './tray-menu';

/** What services may ask of the windows, without knowing they are Electron windows. */
export interface WindowsPort extends NudgeWindowPort {
  /** Opens the player window, or focuses it when already open. */
  showPlayer(): void;
  /** Opens the settings window (#/settings), or focuses it when already open. */
  showSettings(): void;
  /**
   * Closes the window that sent a message. Closing the player must end up calling
   * `playerClosed()`, as the window's 'closed' event does in the app.
   */
  closeWindowOf(sender: SenderInfo): void;
}

/** Pushes an event to every renderer. */
export type Broadcast = <K extends EventName>(event: K, payload: EventPayload<K>) => void;

export interface AppServicesDeps {
  clock: Clock;
  timers: Timers;
  windows: WindowsPort;
  broadcast: Broadcast;
  /** The OS idle time; the e2e host passes a fake it can set. */
  idle: IdleSource;
  power: PowerEvents;
  notifier: Notifier;
  /** @default the routines as the user's settings shape them */
  timelineFor?: (routineId: RoutineId) => Timeline;
  /** Where settings live: node:fs in the app, in memory in tests and the e2e host. */
  settingsFile: SettingsFile;
}

export interface AppServices {
  session: RoutineSession;
  log: RoutineLog;
  /** The user's settings, served from memory; subscribe to apply a change live. */
  settings: SettingsStore;
  /** Sitting time, nudges and the tray's status line. */
  sitting: SittingService;
  handlers: IpcHandlers;
  /** The tray's actions except Quit, which belongs to the app adapter. */
  trayActions: Omit<TrayMenuActions, 'quit'>;
  /** Call when the player window is gone: an unfinished routine counts as ended early. */
  playerClosed(): void;
}

/** Share of a routine's planned time that must really be spent for it to count as a break. */
const REAL_STRETCH_SHARE = 0.5;

function isRealStretch(record: RoutineRecord): boolean {
  return record.outcome === 'completed' && record.activeMs >= record.plannedMs * REAL_STRETCH_SHARE;
}

/**
 * Composes main's behaviour from plain services. No Electron here: the real main process and
 * the e2e test host both call this, the latter with a FakeClock and fake windows.
 */
export function createAppServices(deps: AppServicesDeps): AppServices {
  const log = createRoutineLog();
  // Trouble with the file (damaged, newer, unwritable) is told once as a notification, for a
  // user who never opens settings; its click opens the window, where the notice stays shown.
  const settings = createSettingsStore({
    file: deps.settingsFile,
    clock: deps.clock,
    onNotice: (notice) =>
      deps.notifier.show({
        title: 'Limber settings',
        body: notice.message,
        onClick: () => deps.windows.showSettings(),
      }),
  });
  const session = createRoutineSession({
    clock: deps.clock,
    timers: deps.timers,
    timelineFor: deps.timelineFor ?? ((routineId) => timelineForRoutine(routineId, settings.get())),
    onFinished: (record) => log.append(record),
  });
  session.subscribe((snapshot) => deps.broadcast('session', snapshot));
  settings.subscribe((value) => deps.broadcast('settings', value));
  settings.subscribeNotices((notices) => deps.broadcast('settingsNotices', [...notices]));

  /** Until the safety note is acknowledged, a routine waits, paused at its start. */
  const startRoutine = (routineId: RoutineId) =>
    session.start(routineId, { paused: !settings.get().safetyNoteAcknowledged });

  const startFromTray = (routineId: RoutineId): void => {
    startRoutine(routineId);
    deps.windows.showPlayer();
  };

  const sitting = createSittingService({
    ...deps,
    getConfig: () => sittingConfigFrom(settings.get()),
    openDeskBreak: () => startFromTray('desk-break'),
  });
  broadcastSitting(sitting, deps.broadcast);
  followSittingSettings(settings, sitting);
  // A routine done to the end is a stretch: the sitting bout starts again. Skipping straight
  // through one is not, or three presses of Skip would wipe 45 minutes of sitting.
  log.subscribe((record) => {
    if (isRealStretch(record)) sitting.routineCompleted();
  });

  const handlers: IpcHandlers = {
    getSession: () => session.snapshot(),
    startRoutine: ({ routineId }) => startRoutine(routineId),
    controlSession: ({ action }) => session.control(action),
    getSettings: () => settings.get(),
    updateSettings: (patch) => settings.update(patch),
    resetSettings: () => settings.reset(),
    getSettingsNotices: () => [...settings.notices()],
    dismissSettingsNotices: () => settings.dismissNotices(),
    acknowledgeSafetyNote: () => {
      const updated = settings.update({ safetyNoteAcknowledged: true });
      const player = session.snapshot()?.player;
      // Only the routine the note was holding back: one the user paused later stays paused.
      if (player?.status === 'paused' && player.positionMs === 0) session.control('resume');
      return updated;
    },
    // Only the player's own 'closed' event (playerClosed) ends a routine: the settings or
    // nudge window closing itself must leave the user's routine running.
    closeWindow: (_request, { sender }) => {
      deps.windows.closeWindowOf(sender);
      return null;
    },
    ...sittingHandlers(sitting),
  };

  return {
    session,
    log,
    settings,
    sitting,
    handlers,
    trayActions: {
      // The routine the user chose for mornings: built in or one of their own.
      startMorningRoutine: () => startFromTray(settings.get().morning.routineId),
      startRoutine: (routineId) => startFromTray(routineId),
      startDeskBreak: () => startFromTray('desk-break'),
      pauseReminders: (choice) => sitting.pause(choice),
      resumeReminders: () => sitting.resume(),
      openSettings: () => deps.windows.showSettings(),
    },
    playerClosed: () => session.abandon(),
  };
}
