import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import type { SettingsFile } from '../services/settings-port';

const SETTINGS = 'settings.json';
const LAST_GOOD = 'settings.last-good.json';
const TEMP_SUFFIX = '.tmp';

/**
 * The settings files in `dir` (Electron's userData): settings.json, as electron-store would name
 * it, and settings.last-good.json. Plain node:fs rather than electron-store: conf throws on a
 * damaged file and its clearInvalidConfig wipes it without a copy, and it would write a file
 * from a newer version; the recovery we need would mean reading the file before it does.
 */
export function createSettingsFile(dir: string): SettingsFile {
  removeStaleTemps(dir);
  const settingsPath = join(dir, SETTINGS);
  const lastGoodPath = join(dir, LAST_GOOD);
  return {
    read: () => readIfPresent(settingsPath),
    writeAtomic: (text) => writeFileAtomic(settingsPath, text),
    moveAside(suffix) {
      const target = join(dir, `settings.${suffix}.json`);
      renameSync(settingsPath, target);
      return target;
    },
    readBackup: () => readIfPresent(lastGoodPath),
    writeBackup: (text) => writeFileAtomic(lastGoodPath, text),
  };
}

/**
 * Write a temp file in the same folder, flush it to disk, then rename it over the target.
 * rename is atomic within a file system, so a reader (or a crash at any instant) sees the old
 * file or the new one. The fsync comes first so the rename can't land before the data does.
 */
export function writeFileAtomic(path: string, text: string): void {
  const temp = `${path}.${process.pid}.${Date.now()}${TEMP_SUFFIX}`;
  mkdirSync(dirname(path), { recursive: true });
  try {
    const fd = openSync(temp, 'w', 0o600);
    try {
      writeFileSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    unlinkQuietly(temp);
    throw error;
  }
  syncFolder(dirname(path));
}

function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Persists the rename itself; not every platform lets a folder be opened, so best effort. */
function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows cannot fsync a directory; its rename is durable enough for settings.
  }
}

/** Temp files left by a crash mid-write: never read, so only clutter. */
function removeStaleTemps(dir: string): void {
  try {
    for (const name of readdirSync(dir)) {
      if (name.startsWith('settings.') && name.endsWith(TEMP_SUFFIX))
        unlinkQuietly(join(dir, name));
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
