import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { locateElectron } from '../../scripts/start.mjs';

/**
 * The Electron executable. Where npm skipped its download, prints the same plain message as
 * `npm start` and exits 1 before any test runs: a Playwright stack trace would bury the fix.
 */
export function electronPathOrExit(): string {
  const require = createRequire(import.meta.url);
  const electron = locateElectron(() => require('electron'), existsSync);
  if (electron.ok) return electron.path;
  process.stderr.write(electron.message);
  process.exit(1);
}
