import type { SettingsFolderPort } from '../../../src-main/settings/settings-folder-port';

/** The file manager main asks to show settings.json: records each time, or refuses when told. */
export class FakeSettingsFolder implements SettingsFolderPort {
  shown = 0;
  /** When set, the file manager would not open, for this reason. */
  failWith: string | undefined;

  async showSettingsFile(): Promise<string> {
    if (this.failWith) return this.failWith;
    this.shown += 1;
    return '';
  }
}
