import { readdir, readFile, readlink } from 'node:fs/promises';

import type { FilePort } from './quiet-ports';

/** The real FilePort: node:fs/promises, errors passed through with their codes. */
export const nodeFiles: FilePort = {
  readText: (path) => readFile(path, 'utf8'),
  listDir: (path) => readdir(path),
  readLink: (path) => readlink(path),
};
