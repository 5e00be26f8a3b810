import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

import { migrate } from '@shared/settings/migrations';
import { CURRENT_SCHEMA_VERSION, defaultSettings } from '@shared/settings/schema';

import { fixture } from '../../main/settings/support';

const parsed = (name: string): unknown => JSON.parse(fixture(name));

describe('settings migrations', () => {
  it('has a fixture from every earlier version, and one of the current', () => {
    const versions = readdirSync(resolve(import.meta.dirname, '../../../fixtures/settings'))
      .map((name) => /^v(\d+)\.json$/.exec(name)?.[1])
      .filter((v) => v !== undefined)
      .map(Number)
      .sort();
    expect(versions).toEqual(Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, i) => i + 1));
  });

  it('v1 (the player preferences, no version) keeps the sound choice, volume and safety note', () => {
    const result = migrate(parsed('v1.json'));
    expect(result).toMatchObject({ fromVersion: 1, unknownFields: [] });
    if (!('settings' in result)) return;
    expect(result.settings).toEqual({
      ...defaultSettings,
      cues: { ...defaultSettings.cues, soundEnabled: false, volume: 35 },
      safetyNoteAcknowledged: true,
      // Someone who used version 1 has seen Limber: no first-run welcome.
      welcomeShown: true,
    });
  });

  it('v1 with fields missing takes the defaults for them', () => {
    const result = migrate({ soundCues: false });
    expect(result).toMatchObject({
      fromVersion: 1,
      settings: { cues: { soundEnabled: false, volume: 60 }, safetyNoteAcknowledged: false },
    });
  });

  it('v1 with a value out of its old range is invalid rather than guessed at', () => {
    expect(migrate({ soundCues: true, cueVolume: 3 })).toMatchObject({
      error: { kind: 'invalid', message: expect.stringContaining('Volume: use a whole number') },
    });
  });

  it('v2 keeps every field and gains the catch-up end it shipped with, 11:00', () => {
    const raw = parsed('v2.json') as { morning: object; cues: object };
    expect(migrate(raw)).toEqual({
      settings: {
        ...defaultSettings,
        ...raw,
        schemaVersion: 3,
        morning: { ...defaultSettings.morning, ...raw.morning, catchUpUntil: '11:00' },
        cues: { ...defaultSettings.cues, ...raw.cues },
        welcomeShown: true,
      },
      fromVersion: 2,
      unknownFields: [],
    });
  });

  it('v2 with a morning time after 11:00 still migrates (that morning then has no catch-up)', () => {
    const result = migrate({ schemaVersion: 2, morning: { time: '11:30' } });
    expect(result).toMatchObject({
      fromVersion: 2,
      settings: { schemaVersion: 3, morning: { time: '11:30', catchUpUntil: '11:00' } },
    });
  });

  it('v3 is read as it is, every field kept', () => {
    const raw = parsed('v3.json');
    expect(migrate(raw)).toEqual({ settings: raw, fromVersion: 3, unknownFields: [] });
  });

  it('a v2 file missing a section gets the defaults for it', () => {
    const result = migrate({ schemaVersion: 2, theme: 'light' });
    expect(result).toEqual({
      settings: { ...defaultSettings, theme: 'light', welcomeShown: true },
      fromVersion: 2,
      unknownFields: [],
    });
  });

  it('unknown fields are listed and left out; everything understood is kept', () => {
    const result = migrate(parsed('unknown-keys.json'));
    expect(result).toMatchObject({
      fromVersion: 2,
      unknownFields: expect.arrayContaining(['reminders.nagLevel', 'windowPosition']),
      settings: { reminders: { sittingLimitMin: 30 }, cues: { soundEnabled: false, volume: 40 } },
    });
  });

  it('a file from a newer version is reported, never migrated down', () => {
    expect(migrate(parsed('future-version.json'))).toEqual({
      error: {
        kind: 'newer-version',
        version: 4,
        message: expect.stringContaining('newer Limber'),
      },
    });
  });

  it.each([
    ['wrong types', parsed('wrong-types.json'), 'Sitting limit: use a whole number'],
    ['an array', [1, 2], 'does not hold an object'],
    ['a string', 'settings', 'does not hold an object'],
    ['null', null, 'does not hold an object'],
    ['a broken version', { schemaVersion: 'two' }, 'version number'],
    ['version 0', { schemaVersion: 0 }, 'version number'],
  ])('%s is invalid, with a message naming what is wrong', (_label, raw, named) => {
    expect(migrate(raw)).toEqual({
      error: { kind: 'invalid', message: expect.stringContaining(named) },
    });
  });
});
