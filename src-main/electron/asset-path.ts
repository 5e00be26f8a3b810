import { extname, resolve, sep } from 'node:path';

import { APP_ORIGIN } from '../app/app-origin';

/**
 * The file an app:// request may read, or undefined when it must be refused. Pure, so the
 * path-traversal guard is tested without Electron: a request can never read outside `rootDir`,
 * however its path is encoded.
 */
export function resolveAsset(rootDir: string, requestUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== APP_ORIGIN.protocol || url.host !== APP_ORIGIN.host) return undefined;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return undefined; // malformed escapes such as "%E0%A4%A"
  }
  if (pathname.includes('\0')) return undefined;
  const root = resolve(rootDir);
  const file = resolve(root, `.${pathname}`);
  return file.startsWith(root + sep) ? file : undefined;
}

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
};

/** The Content-Type for a served file; CSP and module scripts need the right one. */
export function contentTypeFrom(file: string): string {
  return contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
}
