import { resolve } from 'node:path';

import { WINDOW_PAGES, type WindowPageKind } from '../../../src-main/app/app-origin';

/** Where the e2e host finds things. All paths are absolute, from the repository root. */

const repoRoot = resolve(import.meta.dirname, '../../..');

/** The renderer build that `npx electron-vite build` writes. */
export const rendererDir = resolve(repoRoot, 'out/renderer');
/** The @shared alias's target, for the bridge bundle. */
export const sharedDir = resolve(repoRoot, 'shared');

/** The bundled bridge init script, written by global-setup. */
export const bridgeBundlePath = resolve(repoRoot, 'test-results/e2e-host/bridge.js');

/** Screenshots kept as artifacts. */
export const screenshotDir = resolve(repoRoot, 'test-results/screenshots');

export const bridgeEntryPath = resolve(import.meta.dirname, 'bridge-entry.ts');

/**
 * The origin the renderer is served from in tests. `*.localhost` is a secure context in
 * Chromium and never reaches the network: page.route answers every request.
 */
export const testOrigin = 'http://limber.localhost';

/** The page a window of this kind opens: the same file main's windows load on app://. */
export const windowUrl = (kind: WindowPageKind) => `${testOrigin}/${WINDOW_PAGES[kind]}`;

/** The player window. */
export const playerUrl = windowUrl('player');

/** The nudge prompt, in its own window. */
export const nudgeUrl = windowUrl('nudge');

/** The settings window. */
export const settingsUrl = windowUrl('settings');
