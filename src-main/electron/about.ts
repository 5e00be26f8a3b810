import { mkdirSync } from 'node:fs';
import type { App, Shell } from 'electron';

import type { AboutPort } from '../platform/about-port';

/** The About section's facts from Electron: the app's version; the folder opens in the file manager. */
export function aboutFrom(
  app: Pick<App, 'getVersion'>,
  shell: Pick<Shell, 'openPath'>,
  logsDir: string,
): AboutPort {
  return {
    version: app.getVersion(),
    logsDir,
    openLogsFolder: () => {
      // The log file may not be written yet (nothing to report), but the folder must exist to open.
      mkdirSync(logsDir, { recursive: true });
      return shell.openPath(logsDir);
    },
  };
}
