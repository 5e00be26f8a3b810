import type { RoutineId } from '@shared/content/types';
import type { Dispose } from '@shared/time/clock';

import {
  naturalBreakEntry,
  nudgeEntry,
  routineEntry,
  sittingBoutEntry,
} from '../history/history-feeds';
import { broadcastHistory, historyHandlers } from '../history/history-ipc';
import { createMemoryHistoryFile } from '../history/history-memory-file';
import { createHistoryStore } from '../history/history-store';
import { createIpcDispatcher, type IpcHandlers } from '../ipc/dispatcher';
import { isTrustedSender } from '../ipc/sender-policy';
import { broadcastLogin, loginHandlers } from '../login/login-ipc';
import { createMemoryLoginItem } from '../login/memory-login-item';
import { syncLoginItem } from '../login/sync-login-item';
import { createMemoryLastOfferedStore } from '../morning/memory-last-offered-store';
import { followMorningSettings, morningConfigFrom } from '../morning/morning-config';
import { morningHandlers } from '../morning/morning-ipc';
import { createMorningPrompt } from '../morning/morning-prompt';
import { createMorningService } from '../morning/morning-service';
import type { MorningService } from '../morning/morning-service-types';
import { createTimerScheduler } from '../morning/timer-scheduler';
import { noAbout } from '../platform/about-port';
import { silentLog } from '../platform/log-port';
import type { WindowsPort } from '../platform/windows-port';
import { createQuietGate } from '../quiet/quiet-gate';
import { quietHandlers } from '../quiet/quiet-ipc';
import { isRealStretch } from '../routine/real-stretch';
import { broadcastRoutine, routineHandlers } from '../routine/routine-ipc';
import { createRoutineLog } from '../routine/routine-log';
import { createRoutineSession } from '../routine/routine-session';
import { timelineFrom } from '../routine/routine-timelines';
import { noSettingsFolder } from '../settings/settings-folder-port';
import { broadcastSettings, settingsHandlers } from '../settings/settings-ipc';
import { createSettingsStore } from '../settings/settings-store';
import { syncTheme } from '../settings/theme-sync';
import { followSittingSettings, sittingConfigFrom } from '../sitting/sitting-config';
import { broadcastSitting, sittingHandlers } from '../sitting/sitting-ipc';
import { createSittingService } from '../sitting/sitting-service';
import type { SittingService } from '../sitting/sitting-service-types';
import { aboutHandlers } from './about-ipc';
import { createAppActions } from './app-actions';
import type { MainRuntime, MainRuntimeDeps, TimedService } from './main-runtime-types';

export type { MainRuntime, MainRuntimeDeps, TimedService } from './main-runtime-types';

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
  const timelineFor =
    deps.timelineFor ?? ((routineId: RoutineId) => timelineFrom(routineId, settings.get()));
  const session = createRoutineSession({
    clock: deps.clock,
    timers: timersFor('routine'),
    timelineFor,
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
    ...routineHandlers({ session, settings, startRoutine, timelineFor }),
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
