import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

import type { TextFilePort } from './text-file-port';

/** TextFilePort on the real file system. */
export const nodeTextFiles: TextFilePort = {
  async readText(path) {
    try {
      return await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  },
  async writeText(path, text) {
    await mkdir(dirname(path), { recursive: true });
    // Written beside the target and renamed over it: a session starting mid-write reads the
    // old entry or the new one, never a torn one.
    const temporary = `${path}.${process.pid}.tmp`;
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, path);
  },
  async remove(path) {
    await rm(path, { force: true });
  },
};
