import type { Dispose } from '@shared/time/clock';

import type { IpcHandlers } from '../ipc/dispatcher';
import type { Broadcast } from '../platform/broadcast-port';
import type { SettingsFolderPort } from './settings-folder-port';
import type { SettingsStore } from './settings-store';

/**
 * The settings channels: read, change, reset, the notices about the settings file, and showing
 * that file. A file manager that would not open fails the call with the reason.
 */
export function settingsHandlers(
  settings: SettingsStore,
  folder: SettingsFolderPort,
): Pick<
  IpcHandlers,
  | 'getSettings'
  | 'updateSettings'
  | 'resetSettings'
  | 'getSettingsNotices'
  | 'dismissSettingsNotices'
  | 'showSettingsFile'
> {
  return {
    getSettings: () => settings.get(),
    updateSettings: (patch) => settings.update(patch),
    resetSettings: () => settings.reset(),
    getSettingsNotices: () => [...settings.notices()],
    dismissSettingsNotices: () => settings.dismissNotices(),
    showSettingsFile: async () => {
      const failure = await folder.showSettingsFile();
      if (failure) throw new Error(`Could not show the settings file: ${failure}`);
      return null;
    },
  };
}

/** Pushes settings and notice changes to every renderer. Returns the undo. */
export function broadcastSettings(settings: SettingsStore, broadcast: Broadcast): Dispose {
  const undoSettings = settings.subscribe((value) => broadcast('settings', value));
  const undoNotices = settings.subscribeNotices((notices) =>
    broadcast('settingsNotices', [...notices]),
  );
  return () => {
    undoSettings();
    undoNotices();
  };
}
