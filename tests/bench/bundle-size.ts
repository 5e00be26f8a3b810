import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
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
 * The scripts and stylesheets a built page loads as it opens: its entry script, the chunks it
 * modulepreloads and its stylesheets, as paths relative to the build's folder.
 */
export function pageAssets(html: string): string[] {
  const assets = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    const isScript = tag.startsWith('<script');
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1];
    if (url && (isScript || rel === 'modulepreload' || rel === 'stylesheet')) {
      assets.add(url.replace(/^\.?\//, ''));
    }
  }
  return [...assets];
}

/** What a set of built files weighs, .js and .css apart; other files are not counted. */
export async function weigh(outDir: string, files: Iterable<string>): Promise<BundleWeight> {
  const weight = emptyWeight();
  for (const file of files) {
    const kind = file.endsWith('.js') ? 'js' : file.endsWith('.css') ? 'css' : null;
    if (!kind) continue;
    const bytes = await readFile(join(outDir, file));
    weight[kind].raw += bytes.length;
    weight[kind].gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return weight;
}

/** Every page of a build (`<name>.html` in its folder), with the files each loads. */
async function pagesOf(outDir: string): Promise<Map<string, string[]>> {
  const pages = new Map<string, string[]>();
  for (const name of (await readdir(outDir)).filter((file) => file.endsWith('.html')).sort()) {
    pages.set(name.replace(/\.html$/, ''), pageAssets(await readFile(join(outDir, name), 'utf8')));
  }
  return pages;
}

/** Every .js and .css file of a build, relative to its folder. */
async function codeFiles(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(js|css)$/.test(entry.name))
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/'));
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
    const dist = join(root, 'dist');
    await buildMinified(root, join(root, 'index.html'), dist);
    return weigh(dist, pageAssets(await readFile(join(dist, 'index.html'), 'utf8')));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

function sizeRows(label: string, weight: BundleWeight): string[][] {
  return (['js', 'css'] as const).map((kind) => [
    `${label} ${kind.toUpperCase()}`,
    kib(weight[kind].raw),
    kib(weight[kind].gzip),
  ]);
}

/**
 * Prints what each window's page loads as it opens (entry, preloaded chunks, stylesheets),
 * next to an empty Svelte 5 app built in the same run, and the whole renderer: every file any
 * window loads, each counted once. A script no page preloads would be fetched later, in a
 * chain: it is listed on its own.
 */
export async function printRendererBundle(outDir: string): Promise<void> {
  const pages = await pagesOf(outDir);
  const empty = await measureEmptySvelteApp();
  const loaded = new Set([...pages.values()].flat());
  const later = (await codeFiles(outDir)).filter((file) => !loaded.has(file));
  const whole = await weigh(outDir, [...loaded, ...later]);
  const rows: string[][] = [['window (what its page loads)', 'raw', 'gzip']];
  for (const [page, files] of pages) rows.push(...sizeRows(page, await weigh(outDir, files)));
  if (later.length > 0)
    rows.push(...sizeRows('loaded later, not preloaded', await weigh(outDir, later)));
  rows.push(...sizeRows('empty Svelte 5 app', empty));
  const sum = (weight: BundleWeight, kind: 'raw' | 'gzip') => weight.js[kind] + weight.css[kind];
  rows.push([
    'whole renderer, JS+CSS, each file once',
    kib(sum(whole, 'raw')),
    kib(sum(whole, 'gzip')),
  ]);
  console.log('\nRenderer bundle as built, minified (gzip level 9), window by window\n');
  console.log(formatTable(rows));
}
