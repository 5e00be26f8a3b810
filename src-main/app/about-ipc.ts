import type { IpcHandlers } from '../ipc/dispatcher';
import type { AboutPort } from '../platform/about-port';
import type { LogPort } from '../platform/log-port';

/** The About section's channels: the version and logs folder, and opening that folder. */
export function aboutHandlers(
  about: AboutPort,
  log: LogPort,
): Pick<IpcHandlers, 'getAbout' | 'openLogsFolder'> {
  return {
    getAbout: () => ({ version: about.version, logsDir: about.logsDir }),
    openLogsFolder: async () => {
      const failure = await about.openLogsFolder();
      if (failure) {
        const message = `Could not open the logs folder: ${failure}`;
        log.warn(message);
        throw new Error(message);
      }
      return null;
    },
  };
}
