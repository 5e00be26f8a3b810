import { constants, copyFileSync, readdirSync, readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';

import type { SettingsFilePort } from '../settings/settings-file-port';
import { createStoreWriter } from './settings-electron-store';

/** `atomically`'s temp files: `<file>.tmp-<10 timestamp digits><6 hex digits>`. */
const STALE_TEMP = /^settings\..*\.tmp-\d{10}[0-9a-f]{6}$/;

/**
 * The settings files in `dir` (Electron's userData): settings.json and settings.last-good.json.
 *
 * The wrapper (settings/settings-load.ts) reads first, in plain node:fs, because electron-store
 * (conf) cannot be trusted with the raw file: it throws on a damaged one, its clearInvalidConfig
 * wipes it without a copy, and it would rewrite a file from a newer Limber. So the wrapper reads
 * and validates the text, copies a bad file aside, and decides whether to write at all (never
 * for a newer-version or unreadable file). Only then does electron-store write, atomically: see
 * settings-electron-store.ts.
 */
export function createSettingsFile(dir: string): SettingsFilePort {
  removeStaleTemps(dir);
  const settingsPath = join(dir, 'settings.json');
  const lastGoodPath = join(dir, 'settings.last-good.json');
  return {
    read: () => readIfPresent(settingsPath),
    writeAtomic: createStoreWriter(dir, 'settings'),
    copyAside(which, suffix) {
      const [from, target] =
        which === 'settings'
          ? [settingsPath, join(dir, `settings.${suffix}.json`)]
          : [lastGoodPath, join(dir, `settings.last-good.${suffix}.json`)];
      // Never over an earlier copy: each one may be the only record of what the user chose.
      copyFileSync(from, target, constants.COPYFILE_EXCL);
      return target;
    },
    readBackup: () => readIfPresent(lastGoodPath),
    writeBackup: createStoreWriter(dir, 'settings.last-good'),
  };
}

function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * `atomically` deletes its temp file when a write fails or the process exits normally, but a
 * crash or SIGKILL mid-write leaves it behind. It is never read, so it is only clutter.
 */
function removeStaleTemps(dir: string): void {
  try {
    for (const name of readdirSync(dir)) {
      if (STALE_TEMP.test(name)) unlinkQuietly(join(dir, name));
    }
  } catch {
    // No folder yet, or not readable: the first write will say so.
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}
