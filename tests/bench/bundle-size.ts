import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build } from 'vite';

/** Bytes of one kind of asset, as shipped (minified) and as it would travel gzipped. */
export interface AssetWeight {
  raw: number;
  gzip: number;
}

export interface BundleWeight {
  js: AssetWeight;
  css: AssetWeight;
}

const repoRoot = resolve(import.meta.dirname, '../..');

/** Sums the .js and .css files under a build's output directory. */
export async function measureBundle(outDir: string): Promise<BundleWeight> {
  const weight: BundleWeight = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 } };
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    const kind = entry.name.endsWith('.js') ? 'js' : entry.name.endsWith('.css') ? 'css' : null;
    if (!entry.isFile() || !kind) continue;
    const bytes = await readFile(join(entry.parentPath, entry.name));
    weight[kind].raw += bytes.length;
    weight[kind].gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return weight;
}

/** The framework floor: one Svelte 5 component with one piece of state, mounted. */
const baselineFiles: Record<string, string> = {
  'index.html':
    '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>Empty</title></head>' +
    '<body><div id="app"></div><script type="module" src="./main.ts"></script></body></html>',
  'main.ts':
    "import { mount } from 'svelte';\nimport App from './App.svelte';\n" +
    "mount(App, { target: document.getElementById('app')! });\n",
  'App.svelte':
    '<script lang="ts">\n  let name = $state(\'world\');\n</script>\n\n<p>Hello {name}</p>\n',
};

/**
 * One set of build options for every measured build, so differences are our code, not config:
 * the renderer's Svelte settings, electron-vite's renderer defaults, and minification on
 * (electron-vite leaves the renderer unminified by default; the shipped figure shows that).
 */
async function buildMinified(root: string, input: string, outDir: string): Promise<void> {
  await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'warn',
    plugins: [svelte({ configFile: join(repoRoot, 'svelte.config.js') })],
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      target: 'es2023',
      modulePreload: { polyfill: false },
      rollupOptions: { input },
    },
  });
}

/** Runs `work` in a fresh directory under node_modules/.cache, so `svelte` resolves from it. */
async function inScratchDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const cacheDir = join(repoRoot, 'node_modules/.cache');
  await mkdir(cacheDir, { recursive: true });
  const dir = await mkdtemp(join(cacheDir, 'limber-bench-'));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Our renderer rebuilt with the shared, minified options. */
export function measureRendererMinified(): Promise<BundleWeight> {
  const root = join(repoRoot, 'src-renderer');
  return inScratchDir(async (dir) => {
    await buildMinified(root, join(root, 'index.html'), join(dir, 'dist'));
    return measureBundle(join(dir, 'dist'));
  });
}

/** The framework floor, built with the same options as measureRendererMinified. */
export function measureEmptySvelteApp(): Promise<BundleWeight> {
  return inScratchDir(async (root) => {
    for (const [name, text] of Object.entries(baselineFiles)) {
      await writeFile(join(root, name), text);
    }
    await buildMinified(root, join(root, 'index.html'), join(root, 'dist'));
    return measureBundle(join(root, 'dist'));
  });
}
