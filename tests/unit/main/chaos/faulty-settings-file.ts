import { createMemorySettingsFile } from '../../../../src-main/settings/memory-settings-file';
import type { SettingsFilePort } from '../../../../src-main/settings/settings-file-port';

/** What can go wrong with the settings folder, as the chaos test switches it on and off. */
export type FileFault =
  | 'read-only' // every write and copy refused (EACCES)
  | 'disk-full' // the same, as ENOSPC
  | 'backup-full' // only the last-good copy can't be written
  | 'directory' // settings.json replaced by a directory: reads and writes fail (EISDIR)
  | 'vanished'; // settings.json deleted behind Limber's back (a one-off, not a state)

const fail = (code: string, what: string) => {
  throw Object.assign(new Error(`${code}: ${what}`), { code });
};

/**
 * An in-memory settings folder that can be made to fail like a real one. `files` is the folder
 * as it stands; `faults` the trouble switched on now.
 */
export class FaultySettingsFile implements SettingsFilePort {
  readonly #memory = createMemorySettingsFile();
  readonly faults = new Set<Exclude<FileFault, 'vanished'>>();

  constructor(settingsText?: string) {
    if (settingsText !== undefined) this.files.set('settings.json', settingsText);
  }

  get files(): Map<string, string> {
    return this.#memory.files;
  }

  /** Whether a write of settings.json or the last-good copy would fail now. */
  writesFail(): boolean {
    return this.faults.size > 0;
  }

  inflict(fault: FileFault): void {
    if (fault === 'vanished') this.files.delete('settings.json');
    else this.faults.add(fault);
  }

  heal(): void {
    this.faults.clear();
  }

  read(): string | undefined {
    if (this.faults.has('directory')) fail('EISDIR', 'illegal operation on a directory, read');
    return this.#memory.read();
  }

  writeAtomic(text: string): void {
    this.#refuseWrites('settings.json');
    this.#memory.writeAtomic(text);
  }

  copyAside(which: 'settings' | 'last-good', suffix: string): string {
    this.#refuseWrites(`settings.${suffix}.json`);
    return this.#memory.copyAside(which, suffix);
  }

  readBackup(): string | undefined {
    return this.#memory.readBackup();
  }

  writeBackup(text: string): void {
    if (this.faults.has('backup-full')) fail('ENOSPC', 'no space left on device');
    this.#refuseWrites('settings.last-good.json');
    this.#memory.writeBackup(text);
  }

  #refuseWrites(name: string): void {
    if (this.faults.has('read-only')) fail('EACCES', `permission denied, open '${name}'`);
    if (this.faults.has('disk-full')) fail('ENOSPC', 'no space left on device');
    if (this.faults.has('directory') && name === 'settings.json')
      fail('EISDIR', 'illegal operation on a directory, rename');
  }
}
