import { join } from 'node:path';
import { Notification, app, nativeTheme, powerMonitor, screen } from 'electron';
import { eventContract } from '@shared/ipc/contract';
import { APP_FILES, appRootFromMain } from './app/app-files';
import { APP_ID } from './app/app-identity';
import { APP_ORIGIN, RENDERER_URL } from './app/app-origin';
import { setupIpc } from './electron/ipc';
import { createNotifier } from './electron/notifier';
import { createLoginItemPort } from './electron/login-item';
import { idlePortFrom, powerPortFrom } from './electron/power-monitor';
import { registerAppScheme, serveRenderer } from './electron/protocol';
import { setupSecurity } from './electron/security';
import { createSettingsFile } from './electron/settings-file';
import { setupSingleInstance } from './electron/single-instance';
import { setupTray } from './electron/tray';
import { createAppWindows, type AppWindows } from './electron/windows';
import type { AppActions } from './app/app-actions';
import { createMainRuntime } from './app/main-runtime';
import { createHistoryFile } from './history/history-file';
import { createJsonLastOfferedStore } from './morning/json-last-offered-store';
import { createSaveDialog } from './electron/save-dialog';
import { createNodeScheduleScheduler } from './morning/node-schedule-scheduler';
import { runLaunchCommand, type AppCommand } from './app/launch-args';
import { syncLoginItem } from './login/sync-login-item';
import { systemClock, systemTimers } from './platform/system-clock';

/** Built files, found from out/main where this file runs. */
const appRoot = appRootFromMain(import.meta.dirname);
const paths = {
  preload: join(appRoot, APP_FILES.preload),
  renderer: join(appRoot, APP_FILES.renderer),
  // getAppPath is the project root in development and app.asar when packaged.
  resources: () => join(app.getAppPath(), APP_FILES.resources),
};

let windows: AppWindows | undefined;
/** Settles once the app is set up, with what command-line commands run. */
let appReady: Promise<AppActions> | undefined;

/** A tray app: closing its last window must not quit it. */
function keepRunningInTray(): void {
  app.on('window-all-closed', () => {});
  app.dock?.hide();
}

function setupApp(): AppActions {
  serveRenderer(paths.renderer);
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
  });
  syncLoginItem(createLoginItemPort(), runtime.settings);
  windows = createAppWindows({
    preloadPath: paths.preload,
    url: RENDERER_URL,
    workArea: () => screen.getPrimaryDisplay().workArea,
    onClosed: (kind) => {
      if (kind === 'player') runtime.playerClosed();
    },
  });
  setupIpc(runtime.dispatcher);
  setupTray({
    resourcesDir: paths.resources(),
    actions: { ...runtime.actions, quit: () => app.quit() },
    sitting: runtime.sitting,
    routines: {
      list: () => runtime.settings.get().routines.custom,
      subscribe: (listener) => runtime.settings.subscribe(listener),
    },
  });
  return runtime.actions;
}

/** A command from the command line, run once the app is up; none shows the open player. */
function runCommand(command: AppCommand | null): void {
  if (command === null) windows?.focusPlayer();
  else void appReady?.then((actions) => runLaunchCommand(command, actions));
}

/**
 * Windows shows an app's notifications only under its AppUserModelID, which must be the
 * installer's appId (electron-builder.yml). Set before any notification is made.
 */
function setupNotificationIdentity(): void {
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
}

function main(): void {
  const launch = setupSingleInstance(process.argv, runCommand);
  if (!launch) return;
  setupNotificationIdentity();
  registerAppScheme();
  setupSecurity();
  keepRunningInTray();
  appReady = app.whenReady().then(setupApp);
  if (launch.command) runCommand(launch.command);
}

main();
