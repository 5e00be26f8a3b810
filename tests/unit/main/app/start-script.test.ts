import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import { locateElectron, MISSING_RUNTIME_MESSAGE } from '../../../../scripts/start.mjs';

const startScript = resolve(import.meta.dirname, '../../../../scripts/start.mjs');
const emptyDirs: string[] = [];

/** A folder with no node_modules anywhere above it that Node would search. */
function emptyDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'limber-no-modules-'));
  emptyDirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of emptyDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** What `require(name)` really throws where nothing is installed. */
const requireFromEmptyDir = (name: string) => () => createRequire(join(emptyDir(), 'x.js'))(name);

const installError = () => {
  throw new Error(
    'Electron failed to install correctly, please delete node_modules/electron and try installing again',
  );
};

describe('npm start: finding the Electron runtime', () => {
  it('explains how to fetch the runtime when npm skipped the download', () => {
    const result = locateElectron(installError, () => true);
    expect(result).toEqual({ ok: false, message: MISSING_RUNTIME_MESSAGE });
    expect(MISSING_RUNTIME_MESSAGE).toContain('node node_modules/electron/install.js');
    expect(MISSING_RUNTIME_MESSAGE).toMatch(/internet/);
    expect(MISSING_RUNTIME_MESSAGE).not.toMatch(/\bat .*:\d+/); // no stack trace
  });

  it('says the same when path.txt points at a dist folder that is gone', () => {
    const result = locateElectron(
      () => '/x/node_modules/electron/dist/electron',
      () => false,
    );
    expect(result).toEqual({ ok: false, message: MISSING_RUNTIME_MESSAGE });
  });

  it('returns the executable when it is there', () => {
    const path = '/x/node_modules/electron/dist/electron';
    expect(
      locateElectron(
        () => path,
        (p) => p === path,
      ),
    ).toEqual({ ok: true, path });
  });

  it('says the same when npm install rolled back and the electron package is not there at all', () => {
    const result = locateElectron(requireFromEmptyDir('electron'), () => true);
    expect(result).toEqual({ ok: false, message: MISSING_RUNTIME_MESSAGE });
    expect(MISSING_RUNTIME_MESSAGE).toMatch(/^ {2}npm install$/m);
    expect(MISSING_RUNTIME_MESSAGE).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm install');
  });

  it('does not blame Electron for some other missing module', () => {
    expect(() => locateElectron(requireFromEmptyDir('electron-store'), () => true)).toThrow(
      "Cannot find module 'electron-store'",
    );
  });

  it('a new user running `npm start` with nothing installed reads the message, not a stack trace', () => {
    const checkout = emptyDir();
    mkdirSync(join(checkout, 'scripts'));
    copyFileSync(startScript, join(checkout, 'scripts', 'start.mjs'));
    const run = spawnSync(process.execPath, ['scripts/start.mjs'], {
      cwd: checkout,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(MISSING_RUNTIME_MESSAGE);
    expect(run.stdout).toBe('');
  });

  it('does not hide unrelated errors behind the download message', () => {
    expect(() =>
      locateElectron(
        () => {
          throw new Error('EACCES: permission denied');
        },
        () => true,
      ),
    ).toThrow('EACCES');
  });
});
