import { homedir } from 'node:os';
import { join } from 'node:path';
import { app, nativeTheme, Notification, powerMonitor, screen, shell } from 'electron';
import electronLog from 'electron-log/main';

import { eventContract } from '@shared/ipc/contract';

import type { AppActions } from './app/app-actions';
import { APP_FILES, appRootFromMain } from './app/app-files';
import { APP_ID } from './app/app-identity';
import { APP_ORIGIN, windowPageUrl } from './app/app-origin';
import { guardAgainstCrashes } from './app/crash-guard';
import { greetFirstRun, type Home } from './app/first-run';
import { type AppCommand, runLaunchCommand } from './app/launch-args';
import { createMainRuntime, type MainRuntime } from './app/main-runtime';
import { runSetupSteps } from './app/setup-steps';
import { readStatusFile, writeStatusFile } from './app/status-file';
import { statusReport } from './app/status-report';
import { aboutFrom } from './electron/about';
import { setupIpc } from './electron/ipc';
import { type AppLog, setupLog } from './electron/log';
import { createLoginItemPort } from './electron/login-item';
import { createNotifier } from './electron/notifier';
import { idlePortFrom, powerPortFrom } from './electron/power-monitor';
import { registerAppScheme, serveRenderer } from './electron/protocol';
import { createSaveDialog } from './electron/save-dialog';
import { setupSecurity } from './electron/security';
import { createSettingsFile } from './electron/settings-file';
import { settingsFolderFrom } from './electron/settings-folder';
import { setupSingleInstance } from './electron/single-instance';
import { setupTray } from './electron/tray';
import { type AppWindows, createAppWindows } from './electron/windows';
import { createHistoryFile } from './history/history-file';
import { createJsonLastOfferedStore } from './morning/json-last-offered-store';
import { createNodeScheduleScheduler } from './morning/node-schedule-scheduler';
import { linuxTrayHost } from './platform/linux-tray-host';
import { formatClockTime } from './platform/local-time';
import { systemClock, systemTimers } from './platform/system-clock';
import { kdeIdleSource, mutterIdleSource } from './platform/wayland-idle';
import { busyDetectorsFor } from './quiet/busy-detectors';
import { execRunner } from './quiet/exec-runner';
import { nodeFiles } from './quiet/file-port';

/** Built files, found from out/main where this file runs. */
const appRoot = appRootFromMain(import.meta.dirname);
const paths = {
  preload: join(appRoot, APP_FILES.preload),
  renderer: join(appRoot, APP_FILES.renderer),
  // getAppPath is the project root in development and app.asar when packaged.
  resources: () => join(app.getAppPath(), APP_FILES.resources),
};

let windows: AppWindows | undefined;
/** Where Limber shows itself: the tray, or the status window on a desktop with no tray. */
let home: Home = 'tray';
/** Settles once the app is set up, with what command-line commands run. */
let appReady: Promise<AppActions> | undefined;

/** The log, first of all, so every later failure has somewhere to go. */
function startLog(): AppLog {
  try {
    return setupLog(electronLog, app.getPath('userData'));
  } catch (error) {
    console.error('Limber could not open its log file; logging to the console.', error);
    return { log: console, logsDir: '' };
  }
}

const appLog = startLog();
const { log } = appLog;

/** A tray app: closing its last window must not quit it. */
function keepRunningInTray(): void {
  app.on('window-all-closed', () => {});
  app.dock?.hide();
}

/** What the user saw as saved is saved: a change still waiting for its delayed write goes now. */
function saveSettingsOnQuit(runtime: MainRuntime): void {
  const flush = () => runtime.settings.flush();
  app.on('before-quit', flush);
  app.on('will-quit', flush);
}

/**
 * The services first (without them nothing works), then the rest as isolated steps: a tray the
 * desktop cannot show must not take command-line commands or nudges down with it.
 */
function setupApp(): AppActions {
  runSetupSteps([{ name: 'renderer protocol', run: () => serveRenderer(paths.renderer) }], log);
  const runtime = createMainRuntime({
    clock: systemClock,
    timers: systemTimers,
    windows: {
      showPlayer: () => windows?.showPlayer(),
      showNudge: () => windows?.showNudge(),
      closeNudge: () => windows?.closeNudge(),
      showSettings: () => windows?.showSettings(),
      showHistory: () => windows?.showHistory(),
      showStatus: () => windows?.showStatus(),
      showWelcome: () => windows?.showWelcome(),
      closeWindowOf: (sender) => windows?.closeWindowOf(sender),
    },
    broadcast: (event, payload) => windows?.send(eventContract[event].channel, payload),
    idle: idlePortFrom(powerMonitor),
    power: powerPortFrom(powerMonitor),
    notifier: createNotifier(Notification),
    settingsFile: createSettingsFile(app.getPath('userData')),
    trustedSenders: () => ({
      origin: APP_ORIGIN,
      webContentsIds: windows?.webContentsIds() ?? new Set(),
    }),
    theme: nativeTheme,
    morningScheduler: createNodeScheduleScheduler(),
    morningStore: createJsonLastOfferedStore(app.getPath('userData')),
    historyFile: createHistoryFile(app.getPath('userData')),
    saveDialog: createSaveDialog(),
    // Linux only: XWayland's idle time reads 0; GNOME's and KDE's own monitors do not.
    idleSources:
      process.platform === 'linux' ? [mutterIdleSource(execRunner), kdeIdleSource(execRunner)] : [],
    busyDetectors: (kinds) =>
      busyDetectorsFor(
        process.platform,
        {
          runner: execRunner,
          files: nodeFiles,
          env: process.env,
          home: homedir(),
          ownPid: process.pid,
        },
        kinds,
      ),
    log,
    about: aboutFrom(app, shell, appLog.logsDir),
    settingsFolder: settingsFolderFrom(shell, app.getPath('userData')),
    loginItem: createLoginItemPort(),
  });
  runSetupSteps(
    [
      { name: 'save on quit', run: () => saveSettingsOnQuit(runtime) },
      {
        name: 'windows',
        run: () => {
          windows = createAppWindows({
            preloadPath: paths.preload,
            pageUrl: windowPageUrl,
            workArea: () => screen.getPrimaryDisplay().workArea,
            onClosed: (kind) => {
              if (kind === 'player') runtime.playerClosed();
              if (kind === 'status') runtime.statusWindowClosed();
            },
            log,
          });
        },
      },
      { name: 'IPC', run: () => setupIpc(runtime.dispatcher) },
      {
        name: 'status for limber status',
        run: () => {
          const write = () =>
            writeStatusFile(
              app.getPath('userData'),
              statusReport(runtime, Date.now(), formatClockTime),
            );
          write();
          runtime.sitting.subscribe(() => {
            try {
              write();
            } catch (error) {
              log.warn('Could not write status.txt for limber status', error);
            }
          });
        },
      },
      {
        name: 'tray',
        run: () =>
          setupTray({
            resourcesDir: paths.resources(),
            actions: { ...runtime.actions, quit: () => app.quit() },
            sitting: runtime.sitting,
            routines: {
              list: () => runtime.settings.get().routines.custom,
              subscribe: (listener) => runtime.settings.subscribe(listener),
            },
          }),
      },
    ],
    log,
  );
  void findHome(runtime).then((found) => {
    home = found;
    greetFirstRun({ settings: runtime.settings, notifier: createNotifier(Notification) }, found);
  });
  log.info(`Limber ${app.getVersion()} started`);
  return runtime.actions;
}

/**
 * On Linux a desktop may have no StatusNotifier host (GNOME without the AppIndicator
 * extension): the tray icon would never appear. Then the status window stands in for it, opened
 * at launch and by a plain second launch, and the user is told once.
 */
async function findHome(runtime: MainRuntime): Promise<Home> {
  if (process.platform !== 'linux') return 'tray';
  const host = await linuxTrayHost(execRunner).catch(() => ({ kind: 'unknown' as const }));
  if (host.kind !== 'absent') return 'tray';
  log.warn('No tray on this desktop (no StatusNotifier host): opening the status window');
  runtime.actions.openStatus();
  return 'status-window';
}

/** A command from the command line, run once the app is up; none shows the open player. */
function runCommand(command: AppCommand | null): void {
  if (command === null) {
    // A plain second launch: the open player, or where there is no tray, the status window.
    if (!windows?.focusPlayer() && home === 'status-window')
      void appReady?.then((actions) => actions.openStatus());
  } else
    void appReady
      ?.then((actions) => runLaunchCommand(command, actions))
      .catch((error: unknown) => log.error(`The command '${command.kind}' failed`, error));
}

/**
 * Windows shows an app's notifications only under its AppUserModelID, which must be the
 * installer's appId (electron-builder.yml). Set before any notification is made.
 */
function setupNotificationIdentity(): void {
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
}

function main(): void {
  guardAgainstCrashes(process, log);
  const launch = setupSingleInstance(process.argv, runCommand, () =>
    readStatusFile(app.getPath('userData')),
  );
  if (!launch) return;
  setupNotificationIdentity();
  registerAppScheme();
  setupSecurity();
  keepRunningInTray();
  appReady = app.whenReady().then(setupApp);
  appReady.catch((error: unknown) => log.error('Limber could not start its services', error));
  if (launch.command) runCommand(launch.command);
}

main();
