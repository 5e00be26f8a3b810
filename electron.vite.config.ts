import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'electron-vite';

const root = import.meta.dirname;
/** shared/ by one name from every process (tsconfig.base.json has the same alias). */
const resolveShared = { alias: { '@shared': resolve(root, 'shared') } };

export default defineConfig({
  main: {
    resolve: resolveShared,
    build: {
      outDir: 'out/main',
      lib: { entry: resolve(root, 'src-main/index.ts') },
    },
  },
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
    plugins: [svelte({ configFile: resolve(root, 'svelte.config.js') })],
    build: {
      outDir: resolve(root, 'out/renderer'),
      minify: true,
      rollupOptions: { input: resolve(root, 'src-renderer/index.html') },
    },
  },
});
