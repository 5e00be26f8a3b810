import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { defaultSettings } from '@shared/settings/schema';

import { createSettingsFile } from '../../../../src-main/electron/settings-file';
import { createMemorySettingsFile } from '../../../../src-main/settings/memory-settings-file';
import { fixture, startApp, startAppIn, userDataDir } from './support';

/** settings.json gone, or both copies damaged: what the user chose must come back, or be kept. */

const STAMP = '2026-03-02T07-30-00-000Z';
const v2 = () => JSON.parse(fixture('v3.json')) as unknown;
const readJson = (dir: string, name: string): unknown =>
  JSON.parse(readFileSync(join(dir, name), 'utf8'));

describe('settings.json missing while the last-good copy exists', () => {
  it.each([
    ['deleted', (_dir: string) => {}],
    [
      'left behind by a crash between setting the damaged file aside and writing the new one',
      (dir: string) => writeFileSync(join(dir, `settings.corrupt-${STAMP}.json`), '{"cut'),
    ],
    [
      'a dangling symlink',
      (dir: string) => symlinkSync(join(dir, 'gone', 'settings.json'), join(dir, 'settings.json')),
    ],
  ])('%s: the last-good copy is restored, and the user is told', (_label, arrange) => {
    const dir = userDataDir();
    writeFileSync(join(dir, 'settings.last-good.json'), fixture('v3.json'));
    arrange(dir);
    const { runtime, notices } = startAppIn(dir);
    expect(runtime.settings.get()).toEqual(v2());
    expect(notices()).toEqual([expect.stringContaining('was missing')]);
    expect(notices()[0]).toContain('restored your last saved settings');
    expect(readJson(dir, 'settings.json')).toEqual(v2());
  });

  it('the first change afterwards keeps the restored settings in the last-good copy', () => {
    const file = createMemorySettingsFile();
    file.files.set('settings.last-good.json', fixture('v3.json'));
    const { runtime } = startApp(file);
    runtime.settings.update({ theme: 'light' });
    runtime.settings.flush();
    expect(JSON.parse(file.files.get('settings.last-good.json') ?? '')).toEqual({
      ...(v2() as object),
      theme: 'light',
    });
  });

  it('with a damaged last-good copy: that copy is set aside, then the defaults are used', () => {
    const file = createMemorySettingsFile();
    file.files.set('settings.last-good.json', fixture('truncated.txt'));
    const { runtime, notices } = startApp(file);
    expect(runtime.settings.get()).toEqual(defaultSettings);
    const aside = `settings.last-good.corrupt-${STAMP}.json`;
    expect(file.files.get(aside)).toBe(fixture('truncated.txt'));
    expect(notices()).toEqual([expect.stringContaining(aside)]);
  });

  it('with no last-good copy either (a first start): defaults, and nothing to tell', () => {
    const { runtime, notices } = startApp(createMemorySettingsFile());
    expect(runtime.settings.get()).toEqual(defaultSettings);
    expect(notices()).toEqual([]);
  });
});

describe('both copies damaged', () => {
  it('sets both aside, byte for byte, before writing the defaults', () => {
    const dir = userDataDir(fixture('truncated.txt'));
    writeFileSync(join(dir, 'settings.last-good.json'), fixture('wrong-types.json'));
    const { runtime, notices } = startAppIn(dir);
    expect(runtime.settings.get()).toEqual(defaultSettings);
    const text = (name: string) => readFileSync(join(dir, name), 'utf8');
    expect(text(`settings.corrupt-${STAMP}.json`)).toBe(fixture('truncated.txt'));
    expect(text(`settings.last-good.corrupt-${STAMP}.json`)).toBe(fixture('wrong-types.json'));
    expect(readJson(dir, 'settings.json')).toEqual(defaultSettings);
    expect(readJson(dir, 'settings.last-good.json')).toEqual(defaultSettings);
    expect(notices()).toHaveLength(1);
    expect(notices()[0]).toContain(`settings.last-good.corrupt-${STAMP}.json`);
  });
});

describe('recovery never leaves a moment with no settings file', () => {
  it.each([
    ['damaged', fixture('truncated.txt')],
    ['with unknown fields', fixture('unknown-keys.json')],
    ['too large', fixture('v3.json') + ' '.repeat(1_100_000)],
  ])('a file %s is copied aside, then replaced atomically', (_label, text) => {
    const dir = userDataDir(text);
    const seen: boolean[] = [];
    const port = createSettingsFile(dir);
    // After every step of the recovery, some settings.json must be on disk.
    const watched = Object.fromEntries(
      Object.entries(port).map(([name, method]) => [
        name,
        (...args: unknown[]) => {
          try {
            return (method as (...a: unknown[]) => unknown)(...args);
          } finally {
            seen.push(existsSync(join(dir, 'settings.json')));
          }
        },
      ]),
    ) as unknown as typeof port;
    startApp(watched);
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.every(Boolean)).toBe(true);
    expect(readdirSync(dir).filter((name) => name.includes('-2026-')).length).toBe(1);
  });
});
