import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig, type MainViteConfig } from 'electron-vite';

import { frozenIllustrations } from './scripts/frozen-illustrations';
import { stylesheetFirst } from './scripts/stylesheet-first';
import { svelteDirectImports } from './scripts/svelte-direct-imports';
import { svelteSplitMessages } from './scripts/svelte-split-messages';

const root = import.meta.dirname;
/** shared/ by one name from every process (tsconfig.base.json has the same alias). */
const sharedAlias = (repoRoot: string) => ({ alias: { '@shared': resolve(repoRoot, 'shared') } });
const resolveShared = sharedAlias(root);

/**
 * Dependencies bundled into out/main rather than loaded from node_modules. Loading them
 * unbundled costs main's start most of its time: date-fns' index alone re-exports some 245
 * modules, and electron-store brings conf and ajv, each file resolved and read one by one.
 * electron-log stays outside: it loads files of its own by path at run time.
 */
export const MAIN_BUNDLED_DEPS = [
  'date-fns',
  '@date-fns/tz',
  'zod',
  'electron-store',
  'node-schedule',
] as const;

/** Every window's page: one HTML file each, loading only that window's code. */
export const RENDERER_PAGES = ['player', 'nudge', 'settings', 'history', 'status'] as const;

/**
 * The main process build. `bundleDeps: false` is how main was built before its dependencies
 * were bundled: the start-time bench builds it that way to compare against. `root` is the
 * repository's, passed in because a config file importing this one is bundled where it lies.
 */
export function mainConfig(options: {
  root: string;
  bundleDeps: boolean;
  outDir?: string;
}): MainViteConfig {
  return {
    resolve: sharedAlias(options.root),
    build: {
      outDir: options.outDir ?? 'out/main',
      lib: { entry: resolve(options.root, 'src-main/index.ts') },
      externalizeDeps: options.bundleDeps ? { exclude: [...MAIN_BUNDLED_DEPS] } : true,
      // Whitespace and comments out, names kept: less to read and parse at start, and a stack
      // trace in the log still names our functions.
      rollupOptions: options.bundleDeps
        ? { output: { minify: { compress: true, mangle: false, codegen: true } } }
        : {},
    },
  };
}

export default defineConfig({
  main: mainConfig({ root, bundleDeps: true }),
  preload: {
    resolve: resolveShared,
    build: {
      outDir: 'out/preload',
      // Sandboxed preloads cannot load ES modules or node_modules: one CommonJS file.
      rollupOptions: {
        input: { index: resolve(root, 'src-main/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src-renderer'),
    resolve: resolveShared,
    plugins: [
      svelte({ configFile: resolve(root, 'svelte.config.js') }),
      svelteDirectImports(),
      svelteSplitMessages(),
      frozenIllustrations(),
      stylesheetFirst(),
    ],
    build: {
      outDir: resolve(root, 'out/renderer'),
      minify: true,
      // One stylesheet for every window. Each file a page loads costs a round trip to main's
      // app:// handler before the first paint (about 10 ms apiece, measured), and the windows'
      // styles gzip better together: 5.7 KiB in one file against 7.6 KiB in seven.
      cssCodeSplit: false,
      // One page per window. Vite preloads each page's shared chunks from its <head>, so a
      // window fetches its code at once rather than in a chain of lazy imports.
      rollupOptions: {
        input: Object.fromEntries(
          RENDERER_PAGES.map((page) => [page, resolve(root, `src-renderer/${page}.html`)]),
        ),
        // Two shared chunks, not one per set of pages that shares a module: what every window
        // needs (Svelte's core, the bridge, mounting), and what some windows share (lists,
        // attributes, the dialog). The nudge, the lightest window, loads only the first.
        output: {
          codeSplitting: {
            groups: [
              { name: 'every-window', minShareCount: RENDERER_PAGES.length, priority: 2 },
              { name: 'some-windows', minShareCount: 2, priority: 1 },
            ],
          },
        },
      },
    },
  },
});
