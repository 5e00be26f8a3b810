import { join } from 'node:path';
import { Notification, app, nativeTheme, powerMonitor, screen } from 'electron';
import { eventContract } from '../shared/ipc/contract';
import { APP_FILES, appRootFromMain } from './app-files';
import { APP_ID } from './app-identity';
import { APP_ORIGIN, RENDERER_URL } from './electron/app-origin';
import { setupIpc } from './electron/ipc';
import { createNotifier } from './electron/notifier';
import { createLoginItemPort } from './electron/login-item';
import { idleSourceOf, powerEventsOf } from './electron/power-monitor';
import { registerAppScheme, serveRenderer } from './electron/protocol';
import { setupSecurity } from './electron/security';
import { createSettingsFile } from './electron/settings-file';
import { syncTheme } from './electron/settings-theme';
import { setupSingleInstance } from './electron/single-instance';
import { setupTray } from './electron/tray';
import { createAppWindows, type AppWindows } from './electron/windows';
import { createAppServices, type AppServices } from './services/app-services';
import { createIpcDispatcher } from './services/ipc-dispatcher';
import { runLaunchCommand, type AppCommand } from './services/launch-args';
import { syncLoginItem } from './login/sync-login-item';
import { isTrustedSender } from './services/sender-policy';
import { systemClock, systemTimers } from './services/system-clock';

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
let appReady: Promise<AppServices['trayActions']> | undefined;

/** A tray app: closing its last window must not quit it. */
function keepRunningInTray(): void {
  app.on('window-all-closed', () => {});
  app.dock?.hide();
}

function setupApp(): AppServices['trayActions'] {
  serveRenderer(paths.renderer);
  const services = createAppServices({
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
    idle: idleSourceOf(powerMonitor),
    power: powerEventsOf(powerMonitor),
    notifier: createNotifier(Notification),
    settingsFile: createSettingsFile(app.getPath('userData')),
  });
  syncLoginItem(createLoginItemPort(), services.settings);
  syncTheme(nativeTheme, services.settings);
  windows = createAppWindows({
    preloadPath: paths.preload,
    url: RENDERER_URL,
    workArea: () => screen.getPrimaryDisplay().workArea,
    onClosed: (kind) => {
      if (kind === 'player') services.playerClosed();
    },
  });
  const liveWindows = windows;
  setupIpc(
    createIpcDispatcher({
      handlers: services.handlers,
      isTrusted: (sender) =>
        isTrustedSender(sender, {
          origin: APP_ORIGIN,
          webContentsIds: liveWindows.webContentsIds(),
        }),
    }),
  );
  setupTray({
    resourcesDir: paths.resources(),
    actions: { ...services.trayActions, quit: () => app.quit() },
    sitting: services.sitting,
    routines: {
      list: () => services.settings.get().routines.custom,
      subscribe: (listener) => services.settings.subscribe(listener),
    },
  });
  return services.trayActions;
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
