import { chmodSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { defaultSettings, SettingsSchema } from '@shared/settings/schema';

import { createSettingsFile } from '../../../../src-main/electron/settings-file';
import type { SettingsFilePort } from '../../../../src-main/settings/settings-file-port';
import { fixture, startApp, startAppIn, userDataDir } from './support';

/** Each case starts main's runtime on a real folder holding the fixture as settings.json. */

const readJson = (dir: string, name: string): unknown =>
  JSON.parse(readFileSync(join(dir, name), 'utf8'));
const filesIn = (dir: string) => readdirSync(dir).sort();
const STAMP = '2026-03-02T07-30-00-000Z';

describe('starting with a settings file that', () => {
  it('is missing: defaults, no notice, nothing written until something changes', () => {
    const dir = userDataDir();
    const { runtime, notices } = startAppIn(dir);
    expect(runtime.settings.get()).toEqual(defaultSettings);
    expect(notices()).toEqual([]);
    expect(filesIn(dir)).toEqual([]);
    runtime.settings.update({ reminders: { sittingLimitMin: 30 } });
    runtime.settings.flush();
    expect(readJson(dir, 'settings.json')).toMatchObject({ reminders: { sittingLimitMin: 30 } });
    expect(readJson(dir, 'settings.last-good.json')).toEqual(readJson(dir, 'settings.json'));
  });

  it('is valid: every value kept, and it becomes the last-good copy', () => {
    const dir = userDataDir(fixture('v3.json'));
    const { runtime, notices } = startAppIn(dir);
    expect(runtime.settings.get()).toEqual(JSON.parse(fixture('v3.json')));
    expect(notices()).toEqual([]);
    expect(readFileSync(join(dir, 'settings.last-good.json'), 'utf8')).toBe(fixture('v3.json'));
  });

  it('is from version 1: migrated, saved as the current version, no notice needed', () => {
    const dir = userDataDir(fixture('v1.json'));
    const { runtime, notices } = startAppIn(dir);
    expect(runtime.settings.get()).toMatchObject({
      cues: { soundEnabled: false, volume: 35 },
      safetyNoteAcknowledged: true,
    });
    expect(readJson(dir, 'settings.json')).toMatchObject({ schemaVersion: 3 });
    expect(notices()).toEqual([]);
  });

  it.each([
    ['is empty', 'empty.txt', 'it is empty'],
    ['is truncated JSON', 'truncated.txt', 'its text is broken'],
    ['has wrong types', 'wrong-types.json', 'Sitting limit: use a whole number'],
  ])('%s: set aside intact, defaults in use, and the user is told', (_label, name, reason) => {
    const dir = userDataDir(fixture(name));
    const { runtime, notices } = startAppIn(dir);
    expect(runtime.settings.get()).toEqual(defaultSettings);
    const aside = `settings.corrupt-${STAMP}.json`;
    expect(readFileSync(join(dir, aside), 'utf8')).toBe(fixture(name));
    expect(SettingsSchema.safeParse(readJson(dir, 'settings.json')).success).toBe(true);
    expect(notices()).toHaveLength(1);
    expect(notices()[0]).toContain(reason);
    expect(notices()[0]).toContain(aside);
    expect(notices()[0]).toContain('restored the default settings');
  });

  it('is damaged after a good start: the last-good copy is restored, not the defaults', () => {
    const dir = userDataDir(fixture('v3.json'));
    startAppIn(dir);
    writeFileSync(join(dir, 'settings.json'), fixture('truncated.txt'));
    const { runtime, notices } = startAppIn(dir);
    expect(runtime.settings.get()).toEqual(JSON.parse(fixture('v3.json')));
    expect(notices()[0]).toContain('restored your last saved settings');
  });

  it('has unknown keys: the rest kept, the original backed up, the user told', () => {
    const dir = userDataDir(fixture('unknown-keys.json'));
    const { runtime, notices } = startAppIn(dir);
    expect(runtime.settings.get()).toMatchObject({
      reminders: { sittingLimitMin: 30 },
      cues: { soundEnabled: false, volume: 40 },
    });
    const aside = `settings.unknown-fields-${STAMP}.json`;
    expect(readFileSync(join(dir, aside), 'utf8')).toBe(fixture('unknown-keys.json'));
    expect(readJson(dir, 'settings.json')).not.toHaveProperty('windowPosition');
    expect(notices()).toEqual([expect.stringContaining('reminders.nagLevel, windowPosition')]);
    expect(notices()[0]).toContain(aside);
  });

  it('is from a newer version: defaults in memory, the file never overwritten, even on a change', () => {
    const dir = userDataDir(fixture('future-version.json'));
    const { runtime, notices } = startAppIn(dir);
    expect(runtime.settings.get()).toEqual(defaultSettings);
    expect(notices()).toEqual([expect.stringContaining('newer Limber')]);
    const changed = runtime.settings.update({ theme: 'dark' });
    expect(changed.theme).toBe('dark');
    expect(runtime.settings.reset().theme).toBe('system');
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).toBe(fixture('future-version.json'));
    expect(filesIn(dir)).toEqual(['settings.json']);
  });

  describe('sits in a folder that cannot be written', () => {
    let dir = '';

    /**
     * chmod 555 on a real folder. As root chmod does not stop writes, so there the real port is
     * wrapped to fail its writes with EACCES, exactly as the OS would (checked by a probe write).
     */
    function readOnlyFolder(text: string): SettingsFilePort {
      dir = userDataDir(text);
      chmodSync(dir, 0o555);
      const real = createSettingsFile(dir);
      if (writesAreBlocked(dir)) return real;
      const refuse = () => {
        throw Object.assign(new Error(`EACCES: permission denied, open '${dir}'`), {
          code: 'EACCES',
        });
      };
      return { ...real, writeAtomic: refuse, writeBackup: refuse, copyAside: refuse };
    }

    it('still starts, keeps the migrated settings in memory, leaves the file, and says so once', () => {
      const { runtime, notices } = startApp(readOnlyFolder(fixture('v1.json')));
      expect(runtime.settings.get().cues).toMatchObject({ soundEnabled: false, volume: 35 });
      expect(notices()).toEqual([expect.stringContaining('cannot save your settings')]);
      runtime.settings.update({ reminders: { sittingLimitMin: 20 } });
      runtime.settings.update({ reminders: { sittingLimitMin: 25 } });
      expect(runtime.settings.get().reminders.sittingLimitMin).toBe(25);
      expect(notices()).toHaveLength(1);
      expect(readFileSync(join(dir, 'settings.json'), 'utf8')).toBe(fixture('v1.json'));
    });

    it('with a damaged file it cannot set aside: runs on defaults and leaves the file alone', () => {
      const { runtime, notices } = startApp(readOnlyFolder(fixture('truncated.txt')));
      expect(runtime.settings.get()).toEqual(defaultSettings);
      expect(notices()).toEqual([expect.stringContaining('could not be set aside')]);
      runtime.settings.update({ theme: 'light' });
      expect(readFileSync(join(dir, 'settings.json'), 'utf8')).toBe(fixture('truncated.txt'));
    });
  });
});

/** Whether the OS really refuses a write here (it does not for root). */
function writesAreBlocked(dir: string): boolean {
  const probe = join(dir, '.probe');
  try {
    writeFileSync(probe, '');
  } catch {
    return true;
  }
  rmSync(probe);
  return false;
}
