import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, expect, type Page } from '@playwright/test';

import launchConfig from '../../../playwright.config';

/**
 * Windows that can really be hidden. Playwright turns on CDP focus emulation in every page it
 * sets up, and that keeps `document.visibilityState` "visible" whatever happens to the window:
 * minimising did nothing. A browser Playwright attaches to with `noDefaults` leaves its default
 * context alone, so minimising a window there makes Chromium itself report "hidden", fire
 * visibilitychange and stop frames, as it does for a hidden Electron window.
 */
export interface HideableBrowser {
  /** The default context: pages opened in it can be hidden with `setWindowHidden`. */
  context: BrowserContext;
  close(): Promise<void>;
}

/** Starts Debian's Chromium headless, listening for DevTools on loopback only, and attaches. */
export async function launchHideableBrowser(): Promise<HideableBrowser> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'limber-hideable-'));
  const executable = launchConfig.use?.launchOptions?.executablePath ?? '/usr/bin/chromium';
  const args = [
    ...(launchConfig.use?.launchOptions?.args ?? []),
    '--headless',
    '--remote-debugging-address=127.0.0.1',
    '--remote-debugging-port=0',
    `--user-data-dir=${userDataDir}`,
    'about:blank',
  ];
  const child = spawn(executable, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let browser: Browser | undefined;
  try {
    browser = await chromium.connectOverCDP(await devtoolsUrl(child), { noDefaults: true });
  } catch (error) {
    child.kill();
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  const context = browser.contexts()[0];
  if (!context) throw new Error('the attached Chromium has no default context');
  return {
    context,
    async close() {
      await browser?.close().catch(() => undefined);
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill();
        await exited;
      }
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The DevTools address Chromium prints on start. */
function devtoolsUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let printed = '';
    const timeout = setTimeout(
      () => reject(new Error(`Chromium printed no DevTools address:\n${printed}`)),
      15_000,
    );
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${printed}`)));
    child.stderr?.on('data', (chunk: Buffer) => {
      printed += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(printed);
      if (match?.[1]) {
        clearTimeout(timeout);
        resolve(match[1]);
      }
    });
  });
}

/**
 * Minimises or restores the page's window, as a user would hide and show the player, and waits
 * until the page sees it.
 */
export async function setWindowHidden(page: Page, hidden: boolean): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { windowId } = await cdp.send('Browser.getWindowForTarget');
    await cdp.send('Browser.setWindowBounds', {
      windowId,
      bounds: { windowState: hidden ? 'minimized' : 'normal' },
    });
  } finally {
    await cdp.detach();
  }
  // Polled from the test's side: a hidden page runs no animation frames to poll on.
  await expect
    .poll(() => page.evaluate(() => document.visibilityState))
    .toBe(hidden ? 'hidden' : 'visible');
}
