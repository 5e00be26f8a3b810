import type { Page } from '@playwright/test';
import { createAppServices, type AppServices } from '../../../src-main/services/app-services';
import { createIpcDispatcher, type IpcDispatcher } from '../../../src-main/services/ipc-dispatcher';
import { isTrustedSender } from '../../../src-main/services/sender-policy';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/electron/csp';
import { FakeClock } from '../../support/fake-clock';
import { invokeBindingName } from './bridge-names';
import { DeadlineTimers } from './deadline-timers';
import { EventPipe } from './event-pipe';
import { HostedWindows } from './hosted-windows';
import { watchForProblems } from './page-guards';
import { bridgeBundlePath, playerUrl, rendererDir, testOrigin } from './paths';
import { serveStatic } from './static-server';
import { TwinClock } from './twin-clock';

/** The one window main knows about: the page under test. Other pages get other ids. */
const playerWebContentsId = 1;

/** Everything a test can reach: main's real services and the levers of the simulation. */
export interface AppHost {
  services: AppServices;
  clock: FakeClock;
  windows: HostedWindows;
  dispatcher: IpcDispatcher;
  /** Lets time pass for main and page together. */
  advance(ms: number, options?: { jump?: boolean }): Promise<void>;
  /** Waits until main's events have reached the page, without moving time. */
  settle(): Promise<void>;
  /** Opens the player page directly, as if main had shown it. */
  openPlayer(): Promise<void>;
  /** Problems seen so far: console errors, uncaught errors, CSP violations, bad events. */
  problems: string[];
}

export interface AppHostOptions {
  /** Extra init scripts (e.g. instrumentation) added before the bridge. */
  initScripts?: string[];
  /** Skip installing the page clock: for timing measurements that need real time. */
  realTime?: boolean;
}

/**
 * Wires one page to a fresh set of main's real services: files served with main's CSP,
 * `window.limber` built by the real contract over Playwright bindings, and every call judged by
 * the real dispatcher and sender policy.
 */
export async function createAppHost(page: Page, options: AppHostOptions = {}): Promise<AppHost> {
  const { list: problems } = await watchForProblems(page);
  const clock = new FakeClock();
  const timers = new DeadlineTimers(clock);
  const events = new EventPipe(page, problems);
  const twin = new TwinClock(page, clock, timers, events);
  const gotoPlayer = async () => {
    await page.goto(playerUrl);
  };
  const windows = new HostedWindows(() => events.enqueue(gotoPlayer));
  const services = createAppServices({ clock, timers, windows, broadcast: events.broadcast });
  const origin = new URL(testOrigin);
  const dispatcher = createIpcDispatcher({
    handlers: services.handlers,
    isTrusted: (sender) =>
      isTrustedSender(sender, {
        origin: { protocol: origin.protocol, host: origin.host },
        webContentsIds: new Set([playerWebContentsId]),
      }),
  });

  await serveStatic(page, {
    origin: testOrigin,
    rootDir: rendererDir,
    csp: CONTENT_SECURITY_POLICY,
  });
  await page.exposeBinding(invokeBindingName, (source, channel: string, payload: unknown) =>
    dispatcher.dispatch(channel, senderOf(page, source.frame), payload),
  );
  for (const content of options.initScripts ?? []) await page.addInitScript({ content });
  await page.addInitScript({ path: bridgeBundlePath });
  if (!options.realTime) await twin.install();

  return {
    services,
    clock,
    windows,
    dispatcher,
    problems,
    advance: (ms, advanceOptions) => twin.advance(ms, advanceOptions),
    settle: () => twin.settle(),
    async openPlayer() {
      windows.isOpen = true;
      await gotoPlayer();
      await twin.settle();
    },
  };
}

type Frame = ReturnType<Page['mainFrame']>;

/** What Electron's IPC event would tell main about the sending frame. */
function senderOf(page: Page, frame: Frame) {
  return {
    webContentsId: frame.page() === page ? playerWebContentsId : playerWebContentsId + 1,
    frameUrl: frame.url(),
    isMainFrame: frame === page.mainFrame(),
  };
}
