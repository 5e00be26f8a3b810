import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

import { MAIN_BUNDLED_DEPS } from '../../../electron.vite.config';

const root = resolve(import.meta.dirname, '../../..');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Main's module graph as a bundler walks it: our files, and the packages it imports. */
async function mainGraph(): Promise<{ files: string[]; packages: Set<string> }> {
  const result = await build({
    entryPoints: [join(root, 'src-main/index.ts')],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    alias: { '@shared': join(root, 'shared') },
    logLevel: 'silent',
  });
  const packages = new Set<string>();
  for (const input of Object.values(result.metafile.inputs)) {
    for (const { path, external } of input.imports) {
      if (!external || path.startsWith('node:') || builtinModules.includes(path)) continue;
      const [scope = '', name = ''] = path.split('/');
      packages.add(scope.startsWith('@') ? `${scope}/${name}` : scope);
    }
  }
  const files = Object.keys(result.metafile.inputs).map((file) =>
    relative(root, resolve(root, file)).split('\\').join('/'),
  );
  return { files, packages };
}

describe("main's bundle", () => {
  it('never loads the stretch illustrations: only the windows draw them', async () => {
    const { files } = await mainGraph();
    expect(files).toContain('shared/routine/settings-timeline.ts');
    expect(files.filter((file) => file.startsWith('shared/content/illustrations/'))).toEqual([]);
  });

  it('loads from node_modules only Electron and packages the installer ships', async () => {
    const { packages } = await mainGraph();
    const loadedAtRunTime = [...packages].filter(
      (name) => !(MAIN_BUNDLED_DEPS as readonly string[]).includes(name),
    );
    expect(loadedAtRunTime.sort()).toEqual(['electron', 'electron-log']);
    // electron-builder packs `dependencies` (never `devDependencies`) into the app.
    for (const name of loadedAtRunTime.filter((name) => name !== 'electron')) {
      expect(Object.keys(packageJson.dependencies), name).toContain(name);
    }
  });

  it('bundles only packages main imports, so the list cannot go stale', async () => {
    const { packages } = await mainGraph();
    expect(MAIN_BUNDLED_DEPS.filter((name) => !packages.has(name))).toEqual([]);
  });
});
