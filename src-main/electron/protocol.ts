import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';

import { APP_SCHEME } from '../app/app-origin';
import { CONTENT_SECURITY_POLICY } from '../app/csp';
import { contentTypeFrom, resolveAsset } from './asset-path';

/**
 * Declares app:// a standard, secure scheme. Electron only accepts this before `ready`.
 * standard: relative URLs and origins work; secure: the page counts as a secure context;
 * codeCache: V8 keeps the compiled scripts, so a window opened again (the nudge, several
 * times a day; the player, each morning) skips compiling what it compiled last time.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Serves the built renderer from `rootDir` on app://, with the CSP header on every response. */
export function serveRenderer(rootDir: string): void {
  protocol.handle(APP_SCHEME, (request) => respond(rootDir, request.url));
}

/** Answers one request; exported for tests. */
export async function respond(rootDir: string, requestUrl: string): Promise<Response> {
  const file = resolveAsset(rootDir, requestUrl);
  if (file === undefined) return plain(403, 'Forbidden');
  let fetched: Response;
  try {
    fetched = await net.fetch(pathToFileURL(file).href);
  } catch {
    return plain(404, 'Not found');
  }
  if (!fetched.ok) return plain(404, 'Not found');
  return new Response(fetched.body, {
    status: 200,
    headers: {
      'Content-Type': contentTypeFrom(file),
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    },
  });
}
