import type { Page } from '@playwright/test';

import { CONTENT_SECURITY_POLICY } from '../../../src-main/app/csp';
import { createMainRuntime, type MainRuntime } from '../../../src-main/app/main-runtime';
import type { IpcDispatcher } from '../../../src-main/ipc/dispatcher';
import type { LoginItemPort } from '../../../src-main/login/login-state';
import { createMemorySettingsFile } from '../../../src-main/settings/memory-settings-file';
import { FakeClock } from '../../support/fake-clock';
import { FakeIdleSource, FakeNotifier, FakePowerEvents } from '../../support/fake-os';
import { invokeBindingName } from './bridge-names';
import { DeadlineTimers } from './deadline-timers';
import { EventPipe } from './event-pipe';
import type { FakeBusy } from './fake-busy';
import { FakeSaveDialog } from './fake-save-dialog';
import { FakeSettingsFolder } from './fake-settings-folder';
import { type ColorScheme, HostedTheme } from './hosted-theme';
import { HostedWindows } from './hosted-windows';
import { reportCspViolations, watchPage } from './page-guards';
import { bridgeBundlePath, playerUrl, rendererDir, testOrigin } from './paths';
import { serveStatic } from './static-server';
import { TwinClock } from './twin-clock';

/** Everything a test can reach: main's real runtime and the levers of the simulation. */
export interface AppHost {
  runtime: MainRuntime;
  clock: FakeClock;
  windows: HostedWindows;
  dispatcher: IpcDispatcher;
  /** The user's input as the OS idle counter sees it: typing (idle 0) until a test says not. */
  idle: FakeIdleSource;
  /** Sleep, wake, lock and unlock, when a test announces them. */
  power: FakePowerEvents;
  /** Native notifications main showed, recorded. */
  notifier: FakeNotifier;
  /** The OS save dialog for the CSV export: records what was saved, and where. */
  saveDialog: FakeSaveDialog;
  /** The file manager the settings notice's "Show the file" asks. */
  settingsFolder: FakeSettingsFolder;
  /** Lets time pass for main and every page together. */
  advance(ms: number, options?: { jump?: boolean }): Promise<void>;
  /** Waits until main's events and window changes have reached the pages, without moving time. */
  settle(): Promise<void>;
  /** Opens the player page directly, as if main had shown it. */
  openPlayer(): Promise<void>;
  /** Problems seen so far in any page: console errors, uncaught errors, CSP violations, bad events. */
  problems: string[];
}

export interface AppHostOptions {
  /** Extra init scripts (e.g. instrumentation) added before the bridge. */
  initScripts?: string[];
  /** Skip installing the page clock: for timing measurements that need real time. */
  realTime?: boolean;
  /** settings.json as main finds it at startup (damaged, from a newer version...). @default none */
  settingsText?: string;
  /** What prefers-color-scheme answers while the theme setting is 'system'. @default 'light' */
  systemColorScheme?: ColorScheme;
  /**
   * The IANA zone main reads for mornings and history days. @default 'America/Los_Angeles',
   * where the host's 08:00 UTC start is midnight: no morning offer unless a test sets one up.
   */
  timeZone?: string;
  /** The "Quiet when…" detectors main asks. @default none: every signal goes unanswered */
  busy?: FakeBusy;
  /** Start at login for the OS being imitated. @default in memory, as a plain install */
  loginItem?: LoginItemPort;
}

/**
 * Wires a browser context to a fresh set of main's real services: `page` is the player window,
 * and every other window main opens becomes a page of the same context. Files are served with
 * main's CSP, `window.limber` is built by the real contract over Playwright bindings, and every
 * call is judged by the real dispatcher and sender policy. The theme setting sets every page's
 * prefers-color-scheme, as nativeTheme.themeSource does in the app.
 */
export async function createAppHost(page: Page, options: AppHostOptions = {}): Promise<AppHost> {
  const context = page.context();
  const problems: string[] = [];
  watchPage(page, problems);
  await reportCspViolations(context);
  const clock = new FakeClock();
  const timers = new DeadlineTimers(clock);
  const windows: HostedWindows = new HostedWindows(
    page,
    {
      enqueue: (work) => events.enqueue(work),
      newPage: async () => {
        const opened = await context.newPage();
        watchPage(opened, problems, opened.url());
        await theme.applyTo(opened);
        return opened;
      },
    },
    () => runtime.playerClosed(),
  );
  const events = new EventPipe(() => windows.livePages(), problems);
  const theme = new HostedTheme(
    options.systemColorScheme ?? 'light',
    () => windows.livePages(),
    (work) => events.enqueue(work),
  );
  const twin = new TwinClock(page, clock, timers, events);
  const idle = new FakeIdleSource(clock);
  const power = new FakePowerEvents();
  const notifier = new FakeNotifier();
  const saveDialog = new FakeSaveDialog();
  const settingsFolder = new FakeSettingsFolder();
  const origin = new URL(testOrigin);
  // The app's own composition, with the theme setting driving every page's colour scheme as
  // nativeTheme does in the app.
  const runtime = createMainRuntime({
    clock,
    timers,
    windows,
    broadcast: events.broadcast,
    idle,
    power,
    notifier,
    settingsFile: createMemorySettingsFile(options.settingsText),
    trustedSenders: () => ({
      origin: { protocol: origin.protocol, host: origin.host },
      webContentsIds: windows.ownIds(),
    }),
    theme,
    saveDialog,
    settingsFolder,
    ...(options.loginItem ? { loginItem: options.loginItem } : {}),
    timeZone: () => options.timeZone ?? 'America/Los_Angeles',
    ...(options.busy ? { busyDetectors: options.busy.detectorsFor } : {}),
  });
  const { dispatcher } = runtime;

  await serveStatic(context, {
    origin: testOrigin,
    rootDir: rendererDir,
    csp: CONTENT_SECURITY_POLICY,
  });
  await context.exposeBinding(invokeBindingName, (source, channel: string, payload: unknown) =>
    dispatcher.dispatch(channel, senderOf(windows, source.frame), payload),
  );
  for (const content of options.initScripts ?? []) await context.addInitScript({ content });
  await context.addInitScript({ path: bridgeBundlePath });
  // The clock belongs to the context: pages opened later start at the same fake time.
  if (!options.realTime) await twin.install();

  return {
    runtime,
    clock,
    windows,
    dispatcher,
    idle,
    power,
    notifier,
    saveDialog,
    settingsFolder,
    problems,
    advance: (ms, advanceOptions) => twin.advance(ms, advanceOptions),
    settle: () => twin.settle(),
    async openPlayer() {
      windows.isOpen = true;
      await page.goto(playerUrl);
      await twin.settle();
    },
  };
}

type Frame = ReturnType<Page['mainFrame']>;

/** What Electron's IPC event would tell main about the sending frame. */
function senderOf(windows: HostedWindows, frame: Frame) {
  const page = frame.page();
  return {
    // A page that is none of main's windows gets an id no window has.
    webContentsId: windows.idOf(page) ?? -1,
    frameUrl: frame.url(),
    isMainFrame: frame === page.mainFrame(),
  };
}
