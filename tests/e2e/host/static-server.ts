import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.wav': 'audio/wav',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
};

export interface ServeOptions {
  /** Origin to answer for, e.g. "http://limber.localhost". */
  origin: string;
  /** Directory the files come from. */
  rootDir: string;
  /** Sent as the Content-Security-Policy header on every response, as the app:// handler does. */
  csp: string;
}

/**
 * Answers every request to `origin` from files on disk, the way main's app:// protocol handler
 * does in the real app. Nothing outside `rootDir` is served.
 */
export async function serveStatic(
  page: Pick<Page | BrowserContext, 'route'>,
  options: ServeOptions,
): Promise<void> {
  const root = resolve(options.rootDir);
  await page.route(`${options.origin}/**`, async (route) => {
    const url = new URL(route.request().url());
    // Like the app:// handler: no page for "/", only files asked for by name.
    const relative = decodeURIComponent(url.pathname);
    const file = resolve(root, `.${relative}`);
    if (!file.startsWith(root + sep)) return route.fulfill({ status: 403 });
    try {
      const body = await readFile(file);
      await route.fulfill({
        status: 200,
        body,
        headers: {
          'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
          'content-security-policy': options.csp,
        },
      });
    } catch {
      await route.fulfill({ status: 404, body: 'not found' });
    }
  });
}
