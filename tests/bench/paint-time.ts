import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';

import { CONTENT_SECURITY_POLICY } from '../../src-main/app/csp';
import { createAppHost } from '../e2e/host/app-host';
import { playerUrl, testOrigin } from '../e2e/host/paths';
import { serveStatic } from '../e2e/host/static-server';

/** Resolves with first-contentful-paint in ms from navigation start, as Chromium reports it. */
function firstContentfulPaint(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0];
          if (entry) resolve(entry.startTime);
        }).observe({ type: 'paint', buffered: true });
      }),
  );
}

/**
 * Set before the page's own scripts: notes the start of the first frame that has the routine in
 * it (the player's header, scene and controls), as ms from navigation start.
 */
const routineDrawnProbe = `
  new MutationObserver((_, observer) => {
    if (!document.querySelector('.player')) return;
    observer.disconnect();
    requestAnimationFrame((frameStart) => { window.__limberRoutineDrawn = frameStart; });
  }).observe(document, { childList: true, subtree: true });
`;

function routineDrawn(page: Page): Promise<number> {
  return page
    .waitForFunction(() => (window as { __limberRoutineDrawn?: number }).__limberRoutineDrawn)
    .then((handle) => handle.jsonValue() as Promise<number>);
}

/** When a player load first painted anything, and when it first drew the routine. */
export interface PlayerPaint {
  firstPaint: number;
  routineDrawn: number;
}

/**
 * One cold load of the player through the e2e host, with a morning routine under way. Starting
 * the routine makes main show the player, which loads the page: that load is the one timed.
 * Navigating the page again on top of it would time a second load racing the first, which the
 * app never does.
 */
export async function playerPaint(browser: Browser): Promise<PlayerPaint> {
  const context = await browser.newContext({ viewport: { width: 480, height: 640 } });
  try {
    const page = await context.newPage();
    const host = await createAppHost(page, { realTime: true, initScripts: [routineDrawnProbe] });
    host.runtime.actions.startMorningRoutine();
    await page.waitForURL(playerUrl);
    return { firstPaint: await firstContentfulPaint(page), routineDrawn: await routineDrawn(page) };
  } finally {
    await context.close();
  }
}

/** A page with one line of text: the floor any page served this way can reach. */
export async function createStaticBaseline(): Promise<{
  paint: (browser: Browser) => Promise<number>;
  dispose: () => Promise<void>;
}> {
  const dir = await mkdtemp(join(tmpdir(), 'limber-bench-static-'));
  await writeFile(
    join(dir, 'static.html'),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>Static</title></head>' +
      '<body><h1>Hip flexor stretch</h1></body></html>',
  );
  return {
    async paint(browser) {
      const context = await browser.newContext({ viewport: { width: 480, height: 640 } });
      try {
        const page = await context.newPage();
        await serveStatic(page, { origin: testOrigin, rootDir: dir, csp: CONTENT_SECURITY_POLICY });
        await page.goto(`${testOrigin}/static.html`);
        return await firstContentfulPaint(page);
      } finally {
        await context.close();
      }
    },
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}
