import { resolve } from 'node:path';

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

/** The player view, chosen by location hash. */
export const playerUrl = `${testOrigin}/index.html#/player`;

/** The nudge prompt, in its own window. */
export const nudgeUrl = `${testOrigin}/index.html#/nudge`;

/** The settings window. */
export const settingsUrl = `${testOrigin}/index.html#/settings`;

/** Every other window main opens on demand, by kind. */
export const windowUrl = (kind: 'history' | 'status' | 'welcome') =>
  `${testOrigin}/index.html#/${kind}`;
