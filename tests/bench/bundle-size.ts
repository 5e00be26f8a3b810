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
 * Builds an empty Svelte 5 app with the renderer's vite and svelte settings and measures it.
 * It lives under node_modules/.cache so `svelte` resolves from the project's own install.
 */
export async function measureEmptySvelteApp(): Promise<BundleWeight> {
  const cacheDir = join(repoRoot, 'node_modules/.cache');
  await mkdir(cacheDir, { recursive: true });
  const root = await mkdtemp(join(cacheDir, 'limber-bench-baseline-'));
  try {
    for (const [name, text] of Object.entries(baselineFiles))
      await writeFile(join(root, name), text);
    await build({
      configFile: false,
      root,
      logLevel: 'warn',
      plugins: [svelte({ configFile: join(repoRoot, 'svelte.config.js') })],
      build: { outDir: join(root, 'dist'), rollupOptions: { input: join(root, 'index.html') } },
    });
    return await measureBundle(join(root, 'dist'));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
