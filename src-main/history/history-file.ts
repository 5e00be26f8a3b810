import {
  closeSync,
  existsSync,
  fstatSync,
  fsyncSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

import { decodeHistory, type HistoryFilePort, MAX_HISTORY_BYTES } from './history-port';

const FILE = 'history.jsonl';
/** Temp files of `replace`; one is left behind only when a kill lands mid-replace. */
const TEMP = /^history\.jsonl\.tmp-\d+-[0-9a-z]+$/;

/**
 * userData/history.jsonl in plain node:fs, synchronous: an append returns only once its line is
 * on disk, which is what lets the store promise that a recorded thing survives a kill.
 */
export function createHistoryFile(dir: string): HistoryFilePort {
  removeStaleTemps(dir);
  const path = join(dir, FILE);
  const aside = (suffix: string) => join(dir, `history.${suffix}.jsonl`);
  return {
    read() {
      let fd: number;
      try {
        fd = openSync(path, 'r');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
        throw error;
      }
      try {
        // Size first: a huge file is refused without reading it into memory.
        const bytes = fstatSync(fd).size;
        if (bytes > MAX_HISTORY_BYTES) return { kind: 'too-large', bytes };
        return decodeHistory(readFileSync(fd));
      } finally {
        closeSync(fd);
      }
    },
    append: (text) => writeDurably(path, 'a', text),
    replace(text) {
      const temp = `${path}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
      try {
        writeDurably(temp, 'wx', text);
        renameSync(temp, path);
      } catch (error) {
        unlinkQuietly(temp);
        throw error;
      }
      syncDir(dir);
    },
    moveAside(suffix) {
      const target = aside(suffix);
      // rename would silently replace an earlier copy of the same name.
      if (existsSync(target)) throw new Error(`EEXIST: ${target} already exists`);
      renameSync(path, target);
      syncDir(dir);
      return target;
    },
    writeAside(suffix, text) {
      const target = aside(suffix);
      writeDurably(target, 'wx', text);
      syncDir(dir);
      return target;
    },
  };
}

/** One write of the whole text, then fsync: the kernel takes it all or none of it on a kill. */
function writeDurably(path: string, flags: 'a' | 'wx', text: string): void {
  const fd = openSync(path, flags, 0o600);
  try {
    const bytes = Buffer.from(text, 'utf8');
    let written = 0;
    // A short write happens only on a full disk or similar; carry on so the error surfaces.
    while (written < bytes.length) written += writeSync(fd, bytes, written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** A rename is durable only once the folder is flushed. Windows cannot open folders: skip. */
function syncDir(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function removeStaleTemps(dir: string): void {
  try {
    for (const name of readdirSync(dir)) if (TEMP.test(name)) unlinkQuietly(join(dir, name));
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
