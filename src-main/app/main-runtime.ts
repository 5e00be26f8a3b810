import type { RoutineId } from '@shared/content/types';
import type { DetectedKind } from '@shared/quiet/signal';
import type { Timeline } from '@shared/routine/index';
import type { Clock, Dispose, Timers } from '@shared/time/clock';

import {
  naturalBreakEntry,
  nudgeEntry,
  routineEntry,
  sittingBoutEntry,
} from '../history/history-feeds';
import { broadcastHistory, historyHandlers } from '../history/history-ipc';
import { createMemoryHistoryFile } from '../history/history-memory-file';
import type { HistoryFilePort } from '../history/history-port';
import type { HistoryStore } from '../history/history-service-types';
import { createHistoryStore } from '../history/history-store';
import { createIpcDispatcher, type IpcDispatcher, type IpcHandlers } from '../ipc/dispatcher';
import { isTrustedSender, type TrustedSenders } from '../ipc/sender-policy';
import { broadcastLogin, loginHandlers } from '../login/login-ipc';
import type { LoginItemPort } from '../login/login-state';
import { createMemoryLoginItem } from '../login/memory-login-item';
import { type LoginItemSync, syncLoginItem } from '../login/sync-login-item';
import { createMemoryLastOfferedStore } from '../morning/memory-last-offered-store';
import { followMorningSettings, morningConfigFrom } from '../morning/morning-config';
import { morningHandlers } from '../morning/morning-ipc';
import type { LastOfferedStore, Scheduler } from '../morning/morning-ports';
import { createMorningPrompt } from '../morning/morning-prompt';
import { createMorningService } from '../morning/morning-service';
import type { MorningService } from '../morning/morning-service-types';
import { createTimerScheduler } from '../morning/timer-scheduler';
import { type AboutPort, noAbout } from '../platform/about-port';
import type { Broadcast } from '../platform/broadcast-port';
import type { IdlePort } from '../platform/idle-port';
import { type LogPort, silentLog } from '../platform/log-port';
import type { NotifierPort } from '../platform/notifier-port';
import type { PowerPort } from '../platform/power-port';
import type { SaveDialogPort } from '../platform/save-dialog-port';
import type { AsyncIdleSource } from '../platform/wayland-idle';
import type { WindowsPort } from '../platform/windows-port';
import { createQuietGate, type QuietGate } from '../quiet/quiet-gate';
import { quietHandlers } from '../quiet/quiet-ipc';
import type { BusyDetector } from '../quiet/quiet-ports';
import { broadcastRoutine, routineHandlers } from '../routine/routine-ipc';
import { createRoutineLog, type RoutineLog, type RoutineRecord } from '../routine/routine-log';
import { createRoutineSession, type RoutineSession } from '../routine/routine-session';
import { timelineFrom } from '../routine/routine-timelines';
import type { SettingsFilePort } from '../settings/settings-file-port';
import { noSettingsFolder, type SettingsFolderPort } from '../settings/settings-folder-port';
import { broadcastSettings, settingsHandlers } from '../settings/settings-ipc';
import { createSettingsStore, type SettingsStore } from '../settings/settings-store';
import { syncTheme, type ThemePort } from '../settings/theme-sync';
import { followSittingSettings, sittingConfigFrom } from '../sitting/sitting-config';
import { broadcastSitting, sittingHandlers } from '../sitting/sitting-ipc';
import { createSittingService } from '../sitting/sitting-service';
import type { SittingService } from '../sitting/sitting-service-types';
import { aboutHandlers } from './about-ipc';
import { type AppActions, createAppActions } from './app-actions';

/** The services that arm timers of their own. */
export type TimedService = 'sitting' | 'routine' | 'settings';

export interface MainRuntimeDeps {
  clock: Clock;
  timers: Timers;
  /**
   * Timers for one service, so a test can tell whose timer is armed (the chaos test checks the
   * sitting service always keeps exactly one). @default `timers` for every service
   */
  timersFor?: (service: TimedService) => Timers;
  windows: WindowsPort;
  broadcast: Broadcast;
  /** The OS idle time; the e2e host passes a fake it can set. */
  idle: IdlePort;
  power: PowerPort;
  notifier: NotifierPort;
  /** Where settings live: node:fs in the app, in memory in tests and the e2e host. */
  settingsFile: SettingsFilePort;
  /** Who may call main: our origin, and our windows' ids as they are when a message arrives. */
  trustedSenders: () => TrustedSenders;
  /** Follows the theme setting (nativeTheme in the app). @default none */
  theme?: ThemePort;
  /** @default the routines as the user's settings shape them */
  timelineFor?: (routineId: RoutineId) => Timeline;
  /** What wakes the morning offer (node-schedule in the app). @default the timers above */
  morningScheduler?: Scheduler;
  /** Where the last offered morning survives a restart. @default in memory */
  morningStore?: LastOfferedStore;
  /** The IANA time zone now. @default the machine's */
  timeZone?: () => string;
  /** Where the history lives (userData/history.jsonl in the app). @default in memory */
  historyFile?: HistoryFilePort;
  /** The OS save dialog, for the CSV export. @default refuses, as a dialog that was cancelled */
  saveDialog?: SaveDialogPort;
  /**
   * The desktop's idle monitors over D-Bus (GNOME, KDE), tried when the OS idle time is found
   * stuck at 0, as under XWayland. @default none
   */
  idleSources?: readonly AsyncIdleSource[];
  /** This OS's detectors for calls, screen sharing, full screen and do-not-disturb. @default none */
  busyDetectors?: (kinds: readonly DetectedKind[]) => readonly BusyDetector[];
  /** Where recoveries, failures and crashes are written (electron-log in the app). @default none */
  log?: LogPort;
  /** The version and logs folder the settings window's About section shows. @default none */
  about?: AboutPort;
  /** Shows settings.json in the file manager (shell in the app). @default says it can't */
  settingsFolder?: SettingsFolderPort;
  /** Start at login for this OS; the settings window shows what it reads back. @default in memory */
  loginItem?: LoginItemPort;
}

/** Main's behaviour, composed: the one place services, IPC handlers and the gate are wired. */
export interface MainRuntime {
  session: RoutineSession;
  log: RoutineLog;
  /** The user's settings, served from memory; subscribe to apply a change live. */
  settings: SettingsStore;
  /** Start at login kept in step with the setting, and the state the OS reports back. */
  login: LoginItemSync;
  /** Sitting time, nudges and the tray's status line. */
  sitting: SittingService;
  /** The daily morning routine offer. */
  morning: MorningService;
  /** What the user did: routines, nudges, breaks, mornings and how their back felt. */
  history: HistoryStore;
  /** Whether the moment is right for a reminder: calls, presentations, do-not-disturb. */
  quiet: QuietGate;
  /** Every renderer message passes here: channel, sender and payload checked. */
  dispatcher: IpcDispatcher;
  /** The handlers behind the dispatcher, for callers already inside main (and tests). */
  handlers: IpcHandlers;
  /** The tray's and the command line's actions. */
  actions: AppActions;
  /** Call when the player window is gone: an unfinished routine counts as ended early. */
  playerClosed(): void;
  /** Call when the status window is gone: the minute line stops ticking (the tray's steps go on). */
  statusWindowClosed(): void;
}

/** Share of a routine's planned time that must really be spent for it to count as a break. */
const REAL_STRETCH_SHARE = 0.5;

function isRealStretch(record: RoutineRecord): boolean {
  return record.outcome === 'completed' && record.activeMs >= record.plannedMs * REAL_STRETCH_SHARE;
}

/**
 * Composes main from plain services. No Electron here: index.ts, the e2e test host (with a
 * FakeClock and pages for windows) and the unit harness all build the app with this.
 */
export function createMainRuntime(deps: MainRuntimeDeps): MainRuntime {
  const appLog = deps.log ?? silentLog;
  const timersFor = (service: TimedService) => deps.timersFor?.(service) ?? deps.timers;
  const log = createRoutineLog();
  const history = createHistoryStore({
    file: deps.historyFile ?? createMemoryHistoryFile(),
    clock: deps.clock,
    ...(deps.timeZone ? { timeZone: deps.timeZone } : {}),
    onNotice: (notice) => deps.notifier.show({ title: 'Limber history', body: notice.message }),
  });
  // Trouble with the file (damaged, newer, unwritable) is told once as a notification, for a
  // user who never opens settings; its click opens the window, where the notice stays shown.
  const settings = createSettingsStore({
    file: deps.settingsFile,
    clock: deps.clock,
    timers: timersFor('settings'),
    log: appLog,
    onNotice: (notice) => {
      appLog.warn(`Settings: ${notice.kind}: ${notice.message}`);
      deps.notifier.show({
        title: 'Limber settings',
        body: notice.message,
        onClick: () => deps.windows.showSettings(),
      });
    },
  });
  if (deps.theme) syncTheme(deps.theme, settings);
  const login = syncLoginItem(deps.loginItem ?? createMemoryLoginItem(), settings);
  const session = createRoutineSession({
    clock: deps.clock,
    timers: timersFor('routine'),
    timelineFor: deps.timelineFor ?? ((routineId) => timelineFrom(routineId, settings.get())),
    onFinished: (record) => {
      log.append(record);
      const morning = record.routineId === settings.get().morning.routineId;
      history.append(routineEntry(record, { morning }));
    },
    log: appLog,
  });

  /** Until the safety note is acknowledged, a routine waits, paused at its start. */
  const startRoutine = (routineId: RoutineId) =>
    session.start(routineId, { paused: !settings.get().safetyNoteAcknowledged });

  const startFromTray = (routineId: RoutineId): void => {
    startRoutine(routineId);
    deps.windows.showPlayer();
  };

  const quiet = createQuietGate({
    clock: deps.clock,
    timers: deps.timers,
    detectorsFor: deps.busyDetectors ?? (() => []),
    toggles: () => settings.get().quiet,
    onChange: () => later.sitting?.quietChanged(),
  });
  // The sitting service samples at once; the morning service, made next, hears input after.
  const later: { morning?: MorningService; sitting?: SittingService } = {};
  const sitting = createSittingService({
    ...deps,
    timers: timersFor('sitting'),
    getConfig: () => sittingConfigFrom(settings.get()),
    openDeskBreak: () => startFromTray('desk-break'),
    onUserInput: () => later.morning?.onUserInput(),
    quiet,
    onEvent: (event) => {
      if (event.type === 'bout') history.append(sittingBoutEntry(event.record));
      else if (event.type === 'break') history.append(naturalBreakEntry(event.record));
      else if (event.type === 'nudge-answered') history.append(nudgeEntry(event.answer));
      else history.append(nudgeEntry('ignored'));
    },
  });
  later.sitting = sitting;
  followSittingSettings(settings, sitting);
  // A routine done to the end is a stretch: the sitting bout starts again. Skipping straight
  // through one is not, or three presses of Skip would wipe 45 minutes of sitting.
  log.subscribe((record) => {
    if (isRealStretch(record)) sitting.routineCompleted();
  });

  const morning: MorningService = createMorningService({
    clock: deps.clock,
    timers: deps.timers,
    scheduler: deps.morningScheduler ?? createTimerScheduler(deps.clock, deps.timers),
    power: deps.power,
    store: deps.morningStore ?? createMemoryLastOfferedStore(),
    prompt: createMorningPrompt({
      notifier: deps.notifier,
      windows: deps.windows,
      broadcast: deps.broadcast,
      onNotificationClick: () => morning.answer('start'),
      nudgeWaiting: () => sitting.nudge() !== null,
      log: appLog,
    }),
    getConfig: () => morningConfigFrom(settings.get()),
    startRoutine: startFromTray,
    busy: { isBusy: () => quiet.isBusy(deps.clock.now()) },
    onEvent: (event) => {
      if (event.type === 'answered')
        history.append({ type: 'morning-offer', answer: event.answer });
    },
    ...(deps.timeZone ? { timeZone: deps.timeZone } : {}),
  });
  later.morning = morning;
  followMorningSettings(settings, morning);

  broadcastRoutine(session, deps.broadcast);
  broadcastHistory(history, deps.broadcast);
  broadcastSettings(settings, deps.broadcast);
  broadcastLogin(login, deps.broadcast);
  broadcastSitting(sitting, deps.broadcast);
  // The status window shows the minute line: it ticks each minute while the window is open.
  let statusMinutes: Dispose | undefined;
  // Called through, not spread: the e2e host's windows are a class, its methods on the prototype.
  const windows: WindowsPort = {
    showPlayer: () => deps.windows.showPlayer(),
    showNudge: () => deps.windows.showNudge(),
    closeNudge: () => deps.windows.closeNudge(),
    showSettings: () => deps.windows.showSettings(),
    showHistory: () => deps.windows.showHistory(),
    showWelcome: () => deps.windows.showWelcome(),
    closeWindowOf: (sender) => deps.windows.closeWindowOf(sender),
    showStatus: () => {
      deps.windows.showStatus();
      statusMinutes ??= sitting.watchMinutes();
    },
  };
  const actions = createAppActions({
    log: appLog,
    play: startFromTray,
    morningRoutineId: () => settings.get().morning.routineId,
    sitting,
    quiet,
    windows,
    clock: deps.clock,
  });

  const handlers: IpcHandlers = {
    ...routineHandlers({ session, settings, startRoutine }),
    ...settingsHandlers(settings, deps.settingsFolder ?? noSettingsFolder),
    ...loginHandlers(login),
    ...sittingHandlers(sitting),
    ...morningHandlers(morning),
    ...historyHandlers({
      history,
      saveDialog: deps.saveDialog ?? {
        saveText: async () => ({ saved: false, reason: 'cancelled' }),
      },
      showHistory: () => deps.windows.showHistory(),
    }),
    ...quietHandlers({
      gate: quiet,
      clock: deps.clock,
      toggles: () => settings.get().quiet,
      actions,
    }),
    ...aboutHandlers(deps.about ?? noAbout),
    // Only the player's own 'closed' event (playerClosed) ends a routine: the settings or
    // nudge window closing itself must leave the user's routine running.
    closeWindow: (_request, { sender }) => {
      deps.windows.closeWindowOf(sender);
      return null;
    },
  };
  const dispatcher = createIpcDispatcher({
    handlers,
    isTrusted: (sender) => isTrustedSender(sender, deps.trustedSenders()),
    log: appLog,
  });

  return {
    session,
    log,
    settings,
    login,
    sitting,
    morning,
    history,
    quiet,
    dispatcher,
    handlers,
    actions,
    playerClosed: () => session.abandon(),
    statusWindowClosed: () => {
      statusMinutes?.();
      statusMinutes = undefined;
    },
  };
}
