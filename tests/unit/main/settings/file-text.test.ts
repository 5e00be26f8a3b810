import { describe, expect, it } from 'vitest';

import { defaultSettings } from '@shared/settings/schema';

import { createMemorySettingsFile } from '../../../../src-main/settings/memory-settings-file';
import { fixture, startApp } from './support';

/** What the file may hold, and what a notice about it may say. */

const STAMP = '2026-03-02T07-30-00-000Z';

describe('reading settings.json', () => {
  it('accepts a file that starts with a UTF-8 byte order mark, as Notepad writes it', () => {
    const file = createMemorySettingsFile(`\uFEFF${fixture('v3.json')}`);
    const { runtime, notices } = startApp(file);
    expect(runtime.settings.get()).toEqual(JSON.parse(fixture('v3.json')));
    expect(notices()).toEqual([]);
    // The last-good copy is plain JSON that any reader (and the next start) can parse.
    expect(JSON.parse(file.files.get('settings.last-good.json') ?? '')).toEqual(
      JSON.parse(fixture('v3.json')),
    );
  });

  it('counts a file over 1 MB as damaged: set aside, and never copied into last-good', () => {
    const huge = fixture('v3.json') + ' '.repeat(1_100_000);
    const file = createMemorySettingsFile(huge);
    const { runtime, notices } = startApp(file);
    expect(runtime.settings.get()).toEqual(defaultSettings);
    expect(file.files.get(`settings.corrupt-${STAMP}.json`)).toBe(huge);
    expect(file.files.get('settings.last-good.json')).not.toBe(huge);
    expect(JSON.parse(file.files.get('settings.last-good.json') ?? '')).toEqual(defaultSettings);
    expect(notices()).toEqual([expect.stringContaining('it is over 1 MB')]);
  });

  it('ignores __proto__, constructor and prototype keys, and names them as unknown fields', () => {
    const text = `{
      "schemaVersion": 2,
      "__proto__": { "theme": "dark", "polluted": true },
      "reminders": { "sittingLimitMin": 30, "constructor": { "prototype": { "polluted": true } } },
      "cues": { "prototype": { "volume": 5 } }
    }`;
    const { runtime, notices } = startApp(createMemorySettingsFile(text));
    const settings = runtime.settings.get();
    expect(settings.reminders.sittingLimitMin).toBe(30);
    expect(settings.theme).toBe('system');
    expect(settings.cues.volume).toBe(60);
    expect(Object.getPrototypeOf(settings)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(settings.reminders)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(notices()).toEqual([
      expect.stringContaining('__proto__, reminders.constructor, cues.prototype'),
    ]);
  });
});

describe('notices about a damaged file', () => {
  it.each([
    ['a JSON syntax error', '{"theme": my-secret-diary}'],
    ['a schema version that is not a number', '{"schemaVersion": "my-secret-diary"}'],
    ['an unknown field with escape codes', '{"schemaVersion": 2, "\\u001b[31mmy-secret-diary": 1}'],
  ])('quote no bytes of the file for %s', (_label, text) => {
    const { notices } = startApp(createMemorySettingsFile(text));
    expect(notices()).toHaveLength(1);
    expect(notices()[0]).not.toContain('secret');
    // eslint-disable-next-line no-control-regex
    expect(notices()[0]).not.toMatch(/[\u0000-\u001f\u007f]/);
  });

  it('say where a syntax error is, by line and column', () => {
    const { notices } = startApp(createMemorySettingsFile('{\n  "theme": "dark",\n}'));
    expect(notices()[0]).toContain('its text is broken at line 3, column 1');
  });

  it('say a file that breaks off was cut short', () => {
    const { notices } = startApp(createMemorySettingsFile(fixture('truncated.txt')));
    expect(notices()[0]).toContain('its text is broken: it stops before the end, as if cut short');
  });
});

describe('a save that fails', () => {
  it('for the last-good copy only is reported as that, not as settings not kept', () => {
    const file = createMemorySettingsFile(fixture('v3.json'));
    const { runtime, notices } = startApp(file);
    file.writeBackup = () => {
      throw new Error('ENOSPC: no space left on device');
    };
    runtime.settings.update({ theme: 'light' });
    runtime.settings.flush();
    expect(JSON.parse(file.files.get('settings.json') ?? '')).toMatchObject({ theme: 'light' });
    expect(notices()).toHaveLength(1);
    expect(notices()[0]).toContain('settings.last-good.json');
    expect(notices()[0]).toContain('Your settings were saved');
    expect(notices()[0]).not.toContain('will not be kept');
  });
});

describe('a routine name saved before names were checked', () => {
  it('loses only its hidden characters, not the whole file, and the user is told', () => {
    const text = JSON.stringify({
      schemaVersion: 2,
      reminders: { sittingLimitMin: 30 },
      routines: {
        custom: [{ id: 'custom-evening', name: 'Even\u202Eing\u0000', stretchIds: ['cat-cow'] }],
      },
    });
    const file = createMemorySettingsFile(text);
    const { runtime, notices } = startApp(file);
    const settings = runtime.settings.get();
    expect(settings.reminders.sittingLimitMin).toBe(30);
    expect(settings.routines.custom).toEqual([
      { id: 'custom-evening', name: 'Evening', stretchIds: ['cat-cow'] },
    ]);
    expect(notices()).toEqual([expect.stringContaining('routines.custom.0.name')]);
    expect(file.files.get(`settings.unknown-fields-${STAMP}.json`)).toBe(text);
  });
});
