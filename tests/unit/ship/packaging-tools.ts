import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

/**
 * The packaging tools as electron-builder itself reaches them: app-builder-lib is its
 * dependency, and js-yaml, minimatch and @electron/rebuild are app-builder-lib's. Resolving
 * from there (not from the project root) finds the very copies `npm run dist` uses, however
 * npm happened to hoist them.
 */
const root = resolve(import.meta.dirname, '../../..');
const electronBuilderDir = packageDir(root, 'electron-builder');
export const appBuilderLibDir = packageDir(electronBuilderDir, 'app-builder-lib');
export const requireAsAppBuilderLib = createRequire(join(appBuilderLibDir, 'package.json'));

/**
 * The folder of package `name` as Node would find it from `fromDir`. Walks node_modules
 * folders upwards instead of resolving `name/package.json`, which a package's `exports` may
 * hide.
 */
export function packageDir(fromDir: string, name: string): string {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) throw new Error(`${name} is not installed (looked from ${fromDir})`);
  }
}

/** A package's package.json. */
export function packageJson(dir: string): { version: string; engines?: { node?: string } } {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
}
