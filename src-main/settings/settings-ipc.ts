import type { Dispose } from '@shared/time/clock';

import type { IpcHandlers } from '../ipc/dispatcher';
import type { Broadcast } from '../platform/broadcast-port';
import type { SettingsStore } from './settings-store';

/** The settings channels: read, change, reset, and the notices about the settings file. */
export function settingsHandlers(
  settings: SettingsStore,
): Pick<
  IpcHandlers,
  | 'getSettings'
  | 'updateSettings'
  | 'resetSettings'
  | 'getSettingsNotices'
  | 'dismissSettingsNotices'
> {
  return {
    getSettings: () => settings.get(),
    updateSettings: (patch) => settings.update(patch),
    resetSettings: () => settings.reset(),
    getSettingsNotices: () => [...settings.notices()],
    dismissSettingsNotices: () => settings.dismissNotices(),
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
