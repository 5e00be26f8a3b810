import type { IpcHandlers } from '../ipc/dispatcher';
import type { AboutPort } from '../platform/about-port';

/**
 * The About section's channels: the version and logs folder, and opening that folder. A folder
 * that would not open fails the call with the reason (the dispatcher logs it).
 */
export function aboutHandlers(about: AboutPort): Pick<IpcHandlers, 'getAbout' | 'openLogsFolder'> {
  return {
    getAbout: () => ({ version: about.version, logsDir: about.logsDir }),
    openLogsFolder: async () => {
      const failure = await about.openLogsFolder();
      if (failure) throw new Error(`Could not open the logs folder: ${failure}`);
      return null;
    },
  };
}
