/** What the About section shows and does: the version, and the folder main logs to. */
export interface AboutPort {
  version: string;
  logsDir: string;
  /** Opens the logs folder in the system's file manager: '' when it did, else why it could not. */
  openLogsFolder(): Promise<string>;
}

/** Where nothing is logged to disk (the unit harness and e2e host pass their own, or this). */
export const noAbout: AboutPort = {
  version: 'development',
  logsDir: '',
  openLogsFolder: async () => 'This build keeps no log folder',
};
