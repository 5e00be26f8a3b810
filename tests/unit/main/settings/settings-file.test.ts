import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { createSettingsFile } from '../../../../src-main/electron/settings-file';
import { fakeElectron } from '../../../support/electron-mock';
import { fixture, startAppIn, userDataDir } from './support';

/** The real settings file port: raw reads, writes through electron-store. */

const textIn = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8');

describe('the settings file', () => {
  it('writes exactly the text it is given, hand formatting included, readable by the user only', () => {
    const dir = userDataDir();
    const file = createSettingsFile(dir);
    const text = fixture('v3.json'); // Prettier's layout, not JSON.stringify's
    file.writeAtomic(text);
    file.writeBackup(text);
    expect(textIn(dir, 'settings.json')).toBe(text);
    expect(textIn(dir, 'settings.last-good.json')).toBe(text);
    expect(file.read()).toBe(text);
    expect(readdirSync(dir).sort()).toEqual(['settings.json', 'settings.last-good.json']);
    if (process.platform !== 'win32') {
      expect(statSync(join(dir, 'settings.json')).mode & 0o777).toBe(0o600);
    }
  });

  it('replaces a damaged file without electron-store ever choking on it', () => {
    const dir = userDataDir(fixture('truncated.txt'));
    writeFileSync(join(dir, 'settings.last-good.json'), '{"schemaV');
    const file = createSettingsFile(dir);
    file.writeAtomic('{ "theme": "dark" }\n');
    file.writeBackup('{ "theme": "dark" }\n');
    expect(textIn(dir, 'settings.json')).toBe('{ "theme": "dark" }\n');
    expect(textIn(dir, 'settings.last-good.json')).toBe('{ "theme": "dark" }\n');
  });

  it('repairs a damaged last-good copy at startup, with nothing to tell the user', () => {
    const dir = userDataDir(fixture('v3.json'));
    writeFileSync(join(dir, 'settings.last-good.json'), fixture('truncated.txt'));
    const { notices } = startAppIn(dir);
    expect(notices()).toEqual([]);
    expect(textIn(dir, 'settings.last-good.json')).toBe(fixture('v3.json'));
  });

  it('refuses text that is not a JSON object, and leaves the file as it was', () => {
    const dir = userDataDir(fixture('v3.json'));
    const file = createSettingsFile(dir);
    expect(() => file.writeAtomic('[1, 2]')).toThrow('settings.json must hold a JSON object');
    expect(() => file.writeAtomic('{"cut')).toThrow(SyntaxError);
    expect(textIn(dir, 'settings.json')).toBe(fixture('v3.json'));
  });

  it('leaves no electron-store IPC listener behind: every channel main answers is in the contract', () => {
    createSettingsFile(userDataDir()).writeAtomic('{}');
    const { ipcMain } = fakeElectron();
    expect(
      (ipcMain as unknown as NodeJS.EventEmitter).listenerCount('electron-store-get-data'),
    ).toBe(0);
  });

  it('sweeps away temp files a crash left mid-write, and nothing else', () => {
    const dir = userDataDir(fixture('v3.json'));
    const keep = ['settings.json', 'settings.corrupt-2026-03-02T07-30-00-000Z.json', 'notes.txt'];
    const stale = [
      'settings.json.tmp-5490523480c79f20',
      'settings.last-good.json.tmp-1234567890abcdef',
    ];
    for (const name of [...keep.slice(1), ...stale]) writeFileSync(join(dir, name), '{"sch');
    createSettingsFile(dir);
    expect(readdirSync(dir).sort()).toEqual([...keep].sort());
  });
});
