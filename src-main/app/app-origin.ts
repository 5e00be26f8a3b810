/**
 * Where the renderer lives. A custom scheme instead of file:// gives the page a real origin
 * of its own, so CSP 'self' and the IPC sender check mean something. No Electron import here.
 */
export const APP_SCHEME = 'app';
const APP_HOST = 'limber';

/** Our origin in the shape the IPC sender policy compares. */
export const APP_ORIGIN = { protocol: `${APP_SCHEME}:`, host: APP_HOST } as const;

/** The page every window loads. */
export const RENDERER_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** True for URLs on our own origin. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === APP_ORIGIN.protocol && parsed.host === APP_ORIGIN.host;
  } catch {
    return false;
  }
}
