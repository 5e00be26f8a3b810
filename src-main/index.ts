import { join } from 'node:path';
import electronLog from 'electron-log/main';
import { Notification, app, nativeTheme, powerMonitor, screen, shell } from 'electron';
import { eventContract } from '@shared/ipc/contract';
import { APP_ORIGIN, RENDERER_URL } from './app/app-origin';
import { aboutFrom } from './electron/about';
import { setupIpc } from './electron/ipc';
import { setupLog, type AppLog } from './electron/log';
import { createNotifier } from './electron/notifier';
import { syncLoginItem } from './electron/login-item';
import { idlePortFrom, powerPortFrom } from './electron/power-monitor';
import { registerAppScheme, serveRenderer } from './electron/protocol';
import { setupSecurity } from './electron/security';
import { createSettingsFile } from './electron/settings-file';
import { setupSingleInstance } from './electron/single-instance';
import { setupTray } from './electron/tray';
import { createAppWindows, type AppWindows } from './electron/windows';
import type { AppActions } from './app/app-actions';
import { guardAgainstCrashes } from './app/crash-guard';
import { createMainRuntime, type MainRuntime } from './app/main-runtime';
import { runLaunchCommand, type AppCommand } from './app/launch-args';
import { runSetupSteps } from './app/setup-steps';
import { systemClock, systemTimers } from './platform/system-clock';

/** Built files, relative to out/main where this file runs. */
const paths = {
  preload: join(import.meta.dirname, '../preload/index.cjs'),
  renderer: join(import.meta.dirname, '../renderer'),
  // getAppPath is the project root in development and app.asar when packaged.
  resources: () => join(app.getAppPath(), 'resources'),
};

let windows: AppWindows | undefined;
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
    log,
    about: aboutFrom(app, shell, appLog.logsDir),
  });
  runSetupSteps(
    [
      { name: 'save on quit', run: () => saveSettingsOnQuit(runtime) },
      { name: 'start at login', run: () => syncLoginItem(app, runtime.settings) },
      {
        name: 'windows',
        run: () => {
          windows = createAppWindows({
            preloadPath: paths.preload,
            url: RENDERER_URL,
            workArea: () => screen.getPrimaryDisplay().workArea,
            onClosed: (kind) => {
              if (kind === 'player') runtime.playerClosed();
            },
            log,
          });
        },
      },
      { name: 'IPC', run: () => setupIpc(runtime.dispatcher) },
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
  log.info(`Limber ${app.getVersion()} started`);
  return runtime.actions;
}

/** A command from the command line, run once the app is up; none shows the open player. */
function runCommand(command: AppCommand | null): void {
  if (command === null) windows?.focusPlayer();
  else
    void appReady
      ?.then((actions) => runLaunchCommand(command, actions))
      .catch((error: unknown) => log.error(`The command '${command.kind}' failed`, error));
}

/**
 * Windows shows an app's notifications only under its AppUserModelID, which must be the
 * installer's appId (electron-builder.yml). Set before any notification is made.
 */
function setupNotificationIdentity(): void {
  if (process.platform === 'win32') app.setAppUserModelId('app.limber.desktop');
}

function main(): void {
  guardAgainstCrashes(process, log);
  const launch = setupSingleInstance(process.argv, runCommand);
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
