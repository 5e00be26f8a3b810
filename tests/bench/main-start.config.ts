/**
 * Builds main alone, its dependencies loaded from node_modules as main was built before they
 * were bundled, into LIMBER_MAIN_OUT_DIR: the comparison for the start-time bench.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';

import { mainConfig } from '../../electron.vite.config';

const outDir = process.env.LIMBER_MAIN_OUT_DIR;
if (!outDir) throw new Error('Set LIMBER_MAIN_OUT_DIR to the folder main is built into.');

export default defineConfig({
  main: mainConfig({ root: resolve(import.meta.dirname, '../..'), bundleDeps: false, outDir }),
});
