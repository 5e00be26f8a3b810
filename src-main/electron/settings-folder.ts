import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Shell } from 'electron';

import type { SettingsFolderPort } from '../settings/settings-folder-port';

/**
 * settings.json in the file manager, selected; where it is missing (unreadable, deleted), the
 * folder itself, so the user still lands where the spare and set-aside copies are.
 */
export function settingsFolderFrom(
  shell: Pick<Shell, 'showItemInFolder' | 'openPath'>,
  dir: string,
): SettingsFolderPort {
  return {
    showSettingsFile: async () => {
      const file = join(dir, 'settings.json');
      if (!existsSync(file)) return shell.openPath(dir);
      shell.showItemInFolder(file);
      return '';
    },
  };
}
