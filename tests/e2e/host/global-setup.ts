import { existsSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { build } from 'vite';

import { bridgeBundlePath, bridgeEntryPath, rendererDir, sharedDir } from './paths';

/**
 * Bundles the bridge entry into one plain-JS IIFE, once per run: `page.addInitScript` takes
 * JavaScript, not TypeScript with imports.
 */
export async function bundleBridge(): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { '@shared': sharedDir } },
    build: {
      outDir: dirname(bridgeBundlePath),
      emptyOutDir: false,
      minify: false,
      lib: {
        entry: bridgeEntryPath,
        formats: ['iife'],
        name: 'LimberTestBridge',
        fileName: () => basename(bridgeBundlePath),
      },
    },
  });
  return bridgeBundlePath;
}

/** Playwright globalSetup: fail fast with a clear message when the renderer was not built. */
export default async function globalSetup(): Promise<void> {
  if (!existsSync(`${rendererDir}/player.html`)) {
    throw new Error(`No renderer build at ${rendererDir}: run \`npx electron-vite build\` first.`);
  }
  await bundleBridge();
}
