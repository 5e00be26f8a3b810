/** Shows the settings file to the user, for the recovery banner's "Show the file". */
export interface SettingsFolderPort {
  /**
   * Opens the file manager on settings.json (or on its folder where the file is missing):
   * '' when it did, else why it could not.
   */
  showSettingsFile(): Promise<string>;
}

/** Where there is no file manager to ask (the unit harness): says so. */
export const noSettingsFolder: SettingsFolderPort = {
  showSettingsFile: async () => 'This build keeps its settings in memory',
};
