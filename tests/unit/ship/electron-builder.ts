import { readFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import type { Configuration, PlatformSpecificBuildOptions } from 'electron-builder';

import { requireAsAppBuilderLib } from './packaging-tools';

/**
 * electron-builder's own reading of electron-builder.yml: its YAML parser, its schema check and
 * its file matcher, reached through app-builder-lib (internal modules, pinned by the lockfile;
 * an upgrade that moves them fails these tests loudly rather than letting them guess).
 */
const root = resolve(import.meta.dirname, '../../..');

interface FileFilter {
  (file: string, stat: { isDirectory(): boolean }): boolean;
}
interface Matcher {
  from: string;
  createFilter(): FileFilter;
}
type GetMainFileMatchers = (
  appDir: string,
  destination: string,
  macroExpander: (pattern: string) => string,
  platformOptions: PlatformSpecificBuildOptions,
  platformPackager: { info: unknown },
  outDir: string,
  isElectronCompile: boolean,
) => Matcher[];

const { load } = requireAsAppBuilderLib('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = requireAsAppBuilderLib('./out/util/config/config') as {
  validateConfiguration(config: Configuration, debugLogger: { isEnabled: boolean }): Promise<void>;
};
const { getMainFileMatchers } = requireAsAppBuilderLib('./out/fileMatcher') as {
  getMainFileMatchers: GetMainFileMatchers;
};
const { FuseV1Options } = requireAsAppBuilderLib('@electron/fuses') as {
  FuseV1Options: Record<string, string | number>;
};

/** electron-builder.yml as electron-builder parses it. */
export function loadBuilderConfig(): Configuration {
  return load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Configuration;
}

/** Resolves when electron-builder's schema accepts `config`; rejects with its complaint. */
export function validateBuilderConfig(config: Configuration): Promise<void> {
  return validateConfiguration(config, { isEnabled: false });
}

/** The fuse names electron-builder accepts: @electron/fuses' options in camelCase. */
export function fuseNames(): string[] {
  return Object.keys(FuseV1Options)
    .filter((key) => Number.isNaN(Number(key)))
    .map((key) => key[0]!.toLowerCase() + key.slice(1));
}

export type Platform = 'mac' | 'win' | 'linux';

/**
 * Whether electron-builder would copy `file` (relative to the project root, / separated) into
 * the app for `platform`: the app's own files only, as node_modules are collected separately.
 * A file is copied only if every folder above it is walked into, as electron-builder's copier
 * prunes folders the filter refuses.
 */
export function packedBy(config: Configuration, platform: Platform): (file: string) => boolean {
  const outDir = resolve(root, config.directories?.output ?? 'dist');
  const packager = {
    projectDir: root,
    buildResourcesDir: resolve(root, config.directories?.buildResources ?? 'build'),
    isPrepackedAppAsar: false,
    config,
    debugLogger: { isEnabled: false },
  };
  const matchers = getMainFileMatchers(
    root,
    '/app',
    (pattern) => pattern,
    config[platform] ?? {},
    { info: packager },
    outDir,
    false,
  );
  const main = matchers.find((matcher) => matcher.from === root);
  if (!main || matchers.length !== 1)
    throw new Error('expected one file set, from the project root');
  const filter = main.createFilter();
  const walked = (path: string, isDirectory: boolean) =>
    filter(join(root, path), { isDirectory: () => isDirectory });
  return (file) => {
    const parts = posix.normalize(file).split('/');
    for (let depth = 1; depth < parts.length; depth++) {
      if (!walked(parts.slice(0, depth).join('/'), true)) return false;
    }
    return walked(file, false);
  };
}
