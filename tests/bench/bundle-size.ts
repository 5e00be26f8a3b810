import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build } from 'vite';

import { formatTable, kib } from './stats';

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

const emptyWeight = (): BundleWeight => ({ js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 } });

/**
 * Weighs a build's .js and .css files by chunk: `index-3fa9.js` and `index-77c1.css` are both
 * chunk "index". The entry chunk is what every window parses; a lazy chunk only its own window.
 */
export async function measureChunks(outDir: string): Promise<Map<string, BundleWeight>> {
  const chunks = new Map<string, BundleWeight>();
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    const kind = entry.name.endsWith('.js') ? 'js' : entry.name.endsWith('.css') ? 'css' : null;
    if (!entry.isFile() || !kind) continue;
    // Vite names assets `<chunk>-<hash>.<ext>`; the hash never contains a dot.
    const chunk = entry.name.replace(/-[\w-]{8}\.\w+$/, '').replace(/\.\w+$/, '');
    const weight = chunks.get(chunk) ?? emptyWeight();
    const bytes = await readFile(join(entry.parentPath, entry.name));
    weight[kind].raw += bytes.length;
    weight[kind].gzip += gzipSync(bytes, { level: 9 }).length;
    chunks.set(chunk, weight);
  }
  return chunks;
}

/** Every chunk of a build added up. */
export function totalOf(chunks: Map<string, BundleWeight>): BundleWeight {
  const total = emptyWeight();
  for (const weight of chunks.values()) {
    for (const kind of ['js', 'css'] as const) {
      total[kind].raw += weight[kind].raw;
      total[kind].gzip += weight[kind].gzip;
    }
  }
  return total;
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
 * The baseline's build options: the renderer's Svelte settings and minification on, as the
 * renderer itself is built (electron.vite.config.ts sets `minify: true`).
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

/** The framework floor: the empty app built in a scratch directory and weighed. */
export async function measureEmptySvelteApp(): Promise<BundleWeight> {
  const cacheDir = join(repoRoot, 'node_modules/.cache');
  await mkdir(cacheDir, { recursive: true });
  // Under node_modules, so `svelte` resolves from the scratch directory.
  const root = await mkdtemp(join(cacheDir, 'limber-bench-'));
  try {
    for (const [name, text] of Object.entries(baselineFiles)) {
      await writeFile(join(root, name), text);
    }
    await buildMinified(root, join(root, 'index.html'), join(root, 'dist'));
    return totalOf(await measureChunks(join(root, 'dist')));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** What each chunk is for, in the table; a chunk not listed here prints under its own name. */
const chunkLabels: Record<string, string> = {
  index: 'entry (every window)',
  SettingsView: 'settings (loaded on demand)',
};

function sizeRows(label: string, weight: BundleWeight): string[][] {
  return (['js', 'css'] as const).map((kind) => [
    `${label} ${kind.toUpperCase()}`,
    kib(weight[kind].raw),
    kib(weight[kind].gzip),
  ]);
}

/**
 * Prints the built renderer (`outDir`) chunk by chunk, next to an empty Svelte 5 app built in
 * the same run, and what the entry chunk weighs over that floor.
 */
export async function printRendererBundle(outDir: string): Promise<void> {
  const chunks = await measureChunks(outDir);
  const empty = await measureEmptySvelteApp();
  const entry = chunks.get('index') ?? emptyWeight();
  const over = (kind: 'raw' | 'gzip') =>
    kib(entry.js[kind] + entry.css[kind] - empty.js[kind] - empty.css[kind]);
  console.log('\nRenderer bundle as built, minified (gzip level 9)\n');
  console.log(
    formatTable([
      ['chunk', 'raw', 'gzip'],
      ...[...chunks]
        .sort(([a], [b]) => Number(b === 'index') - Number(a === 'index'))
        .flatMap(([name, weight]) => sizeRows(chunkLabels[name] ?? name, weight)),
      ...sizeRows('empty Svelte 5 app', empty),
      ['entry over the empty app, JS+CSS', over('raw'), over('gzip')],
    ]),
  );
}
