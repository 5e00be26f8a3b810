import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

import { locateElectron } from '../../scripts/start.mjs';

/** Said after the runtime message, so nobody reads the exit as a test failure or a pass. */
export const SMOKE_NOT_RUN = 'The Electron smoke test did not run: no test passed or failed.\n';

/**
 * The Electron executable. Where npm skipped its download, prints the same plain message as
 * `npm start` and exits 1 before any test runs: a Playwright stack trace would bury the fix,
 * and exit 0 would count a run that tested nothing as a pass.
 */
export function electronPathOrExit(): string {
  const require = createRequire(import.meta.url);
  const electron = locateElectron(() => require('electron'), existsSync);
  if (electron.ok) return electron.path;
  process.stderr.write(electron.message + '\n' + SMOKE_NOT_RUN);
  process.exit(1);
}
