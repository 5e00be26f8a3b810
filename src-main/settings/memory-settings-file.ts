import type { SettingsFilePort } from './settings-file-port';

/** A SettingsFilePort in memory, for tests and the e2e host: every file by name, in one map. */
export interface MemorySettingsFile extends SettingsFilePort {
  /** All files by name: `settings.json`, `settings.last-good.json`, copies set aside. */
  files: Map<string, string>;
  /** When set, every write and copy throws, like a read-only folder. */
  readOnly: boolean;
}

/** Starts with `settingsText` as settings.json, when given. */
export function createMemorySettingsFile(settingsText?: string): MemorySettingsFile {
  const files = new Map<string, string>();
  if (settingsText !== undefined) files.set('settings.json', settingsText);
  const writable = () => {
    if (memory.readOnly) throw new Error('EACCES: permission denied (read-only folder)');
  };
  const memory: MemorySettingsFile = {
    files,
    readOnly: false,
    read: () => files.get('settings.json'),
    writeAtomic(text) {
      writable();
      files.set('settings.json', text);
    },
    copyAside(which, suffix) {
      writable();
      const from = which === 'settings' ? 'settings.json' : 'settings.last-good.json';
      const text = files.get(from);
      if (text === undefined) throw new Error(`ENOENT: no ${from} to copy`);
      const name =
        which === 'settings' ? `settings.${suffix}.json` : `settings.last-good.${suffix}.json`;
      files.set(name, text);
      return name;
    },
    readBackup: () => files.get('settings.last-good.json'),
    writeBackup(text) {
      writable();
      files.set('settings.last-good.json', text);
    },
  };
  return memory;
}
