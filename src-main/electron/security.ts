import { app, type WebContents } from 'electron';

import { isAppUrl } from '../app/app-origin';

/**
 * Locks down every web contents Electron creates, ours or not: no new windows, no navigation
 * off our origin, no webviews, and every permission (camera, notifications, ...) refused.
 * The renderer needs none of these; a compromised one gets none of them.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  contents.session.setPermissionCheckHandler(() => false);
}

/** Applies `hardenWebContents` app-wide. Call before any window exists. */
export function setupSecurity(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
