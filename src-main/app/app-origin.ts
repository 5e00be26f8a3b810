/**
 * Where the renderer lives. A custom scheme instead of file:// gives the page a real origin
 * of its own, so CSP 'self' and the IPC sender check mean something. No Electron import here.
 */
export const APP_SCHEME = 'app';
const APP_HOST = 'limber';

/** Our origin in the shape the IPC sender policy compares. */
export const APP_ORIGIN = { protocol: `${APP_SCHEME}:`, host: APP_HOST } as const;

/**
 * Each window's own page, which loads only that window's code (electron.vite.config.ts builds
 * one per entry here). The welcome window has no view of its own: it opens the player's page,
 * on its start screen.
 */
export const WINDOW_PAGES = {
  player: 'player.html',
  nudge: 'nudge.html',
  settings: 'settings.html',
  history: 'history.html',
  status: 'status.html',
  welcome: 'player.html',
} as const;

/** The windows main opens, by the page each loads. */
export type WindowPageKind = keyof typeof WINDOW_PAGES;

/** The URL a window of this kind loads. */
export function windowPageUrl(kind: WindowPageKind): string {
  return `${APP_SCHEME}://${APP_HOST}/${WINDOW_PAGES[kind]}`;
}

/** True for URLs on our own origin. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === APP_ORIGIN.protocol && parsed.host === APP_ORIGIN.host;
  } catch {
    return false;
  }
}
