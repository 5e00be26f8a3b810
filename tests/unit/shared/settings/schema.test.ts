import { describe, expect, it } from 'vitest';

import { issuesFrom } from '@shared/errors/issues';
import { deepMerge } from '@shared/settings/merge';
import { defaultSettings, SettingsPatchSchema, SettingsSchema } from '@shared/settings/schema';

/** The issues a patch gets, as `path: message`. */
function patchIssues(patch: unknown): string[] {
  const result = SettingsPatchSchema.safeParse(patch);
  return result.success ? [] : issuesFrom(result.error).map((i) => `${i.path}: ${i.message}`);
}

/** The issues of the defaults with `patch` merged in, checked as a whole file. */
function settingsIssues(patch: unknown): string[] {
  const result = SettingsSchema.safeParse(deepMerge(defaultSettings, patch));
  return result.success ? [] : issuesFrom(result.error).map((i) => `${i.path}: ${i.message}`);
}

describe('settings schema', () => {
  it('the defaults are valid and match the issue', () => {
    expect(SettingsSchema.parse(defaultSettings)).toEqual(defaultSettings);
    expect(defaultSettings).toMatchObject({
      schemaVersion: 3,
      reminders: {
        sittingLimitMin: 45,
        naturalBreakMin: 5,
        snoozeOptionsMin: [5, 10, 20],
        maxRepeats: 3,
        workHours: { enabled: false, days: [1, 2, 3, 4, 5] },
      },
      morning: { enabled: true, time: '07:30', routineId: 'morning-in-bed', catchUpUntil: '11:00' },
      routines: { setupS: 10, catCowS: 90 },
      cues: { soundEnabled: true, volume: 60 },
      startAtLogin: false,
      theme: 'system',
      safetyNoteAcknowledged: false,
    });
    expect(defaultSettings.routines.morningInBed.stretchIds).toHaveLength(7);
  });

  it('the defaults cannot be changed by accident', () => {
    expect(() => {
      (defaultSettings.reminders.snoozeOptionsMin as number[]).push(1);
    }).toThrow();
  });

  it.each([
    [
      'reminders.sittingLimitMin',
      { reminders: { sittingLimitMin: 10 } },
      { reminders: { sittingLimitMin: 9 } },
      'Use a whole number from 10 to 180 minutes',
    ],
    [
      'reminders.sittingLimitMin',
      { reminders: { sittingLimitMin: 180 } },
      { reminders: { sittingLimitMin: 181 } },
      'from 10 to 180 minutes',
    ],
    [
      'reminders.naturalBreakMin',
      { reminders: { naturalBreakMin: 30 } },
      { reminders: { naturalBreakMin: 0 } },
      'from 1 to 30 minutes',
    ],
    [
      'reminders.maxRepeats',
      { reminders: { maxRepeats: 0 } },
      { reminders: { maxRepeats: 11 } },
      'from 0 to 10 times',
    ],
    [
      'routines.holdS.hip-flexor',
      { routines: { holdS: { 'hip-flexor': 60 } } },
      { routines: { holdS: { 'hip-flexor': 14 } } },
      'from 15 to 60 seconds',
    ],
    [
      'routines.setupS',
      { routines: { setupS: 3 } },
      { routines: { setupS: 31 } },
      'from 3 to 30 seconds',
    ],
    [
      'routines.catCowS',
      { routines: { catCowS: 120 } },
      { routines: { catCowS: 59 } },
      'from 60 to 120 seconds',
    ],
    ['cues.volume', { cues: { volume: 0 } }, { cues: { volume: 101 } }, 'from 0 to 100 percent'],
  ])('%s: accepts the edge, refuses past it with the range', (path, edge, past, message) => {
    expect(patchIssues(edge)).toEqual([]);
    const issues = patchIssues(past);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toContain(`${path}: `);
    expect(issues[0]).toContain(message);
  });

  it('refuses fractions, text and NaN where whole numbers belong, naming the field', () => {
    expect(patchIssues({ reminders: { sittingLimitMin: 45.5 } })[0]).toMatch(
      /^reminders\.sittingLimitMin: .*whole number/,
    );
    // Text or null gets the same plain words as a number out of range: what to type instead.
    expect(patchIssues({ reminders: { sittingLimitMin: '45' } })[0]).toBe(
      'reminders.sittingLimitMin: Use a whole number from 10 to 180 minutes',
    );
    expect(patchIssues({ cues: { volume: null } })[0]).toBe(
      'cues.volume: Use a whole number from 0 to 100 percent',
    );
    expect(patchIssues({ cues: { volume: Number.NaN } })[0]).toMatch(/^cues\.volume: /);
  });

  it('names unknown fields at any depth, and will not let the version be patched', () => {
    expect(
      patchIssues({ reminders: { sittingLimit: 30 }, colour: 'red', schemaVersion: 3 }),
    ).toEqual(
      expect.arrayContaining([
        'reminders.sittingLimit: Unknown field "reminders.sittingLimit"',
        'colour: Unknown field "colour"',
        'schemaVersion: Unknown field "schemaVersion"',
      ]),
    );
  });

  it('accepts any subset of fields at any depth', () => {
    expect(patchIssues({})).toEqual([]);
    expect(patchIssues({ reminders: { workHours: { enabled: true } } })).toEqual([]);
    expect(patchIssues({ theme: 'dark', startAtLogin: true })).toEqual([]);
  });

  it('snooze lengths: 1 to 4 distinct values of 1–60 minutes', () => {
    expect(patchIssues({ reminders: { snoozeOptionsMin: [1, 60] } })).toEqual([]);
    expect(patchIssues({ reminders: { snoozeOptionsMin: [] } })[0]).toContain(
      'Keep 1 to 4 snooze lengths',
    );
    expect(patchIssues({ reminders: { snoozeOptionsMin: [1, 2, 3, 4, 5] } })[0]).toContain(
      'Keep 1 to 4 snooze lengths',
    );
    expect(patchIssues({ reminders: { snoozeOptionsMin: [5, 5] } })[0]).toContain(
      'already in the list',
    );
    expect(patchIssues({ reminders: { snoozeOptionsMin: [61] } })[0]).toMatch(
      /^reminders\.snoozeOptionsMin\.0: Use a whole number from 1 to 60 minutes$/,
    );
  });

  it('work hours: days 0–6 once each, ranges that end after they start', () => {
    expect(patchIssues({ reminders: { workHours: { days: [0, 6] } } })).toEqual([]);
    expect(patchIssues({ reminders: { workHours: { days: [7] } } })[0]).toBe(
      'reminders.workHours.days.0: Pick days of the week',
    );
    expect(patchIssues({ reminders: { workHours: { days: [1, 1] } } })[0]).toContain(
      'A day is listed twice',
    );
    const backwards = { reminders: { workHours: { ranges: [{ start: '17:00', end: '09:00' }] } } };
    expect(patchIssues(backwards)).toEqual([
      'reminders.workHours.ranges.0.end: End after the start (a range can’t cross midnight)',
    ]);
    expect(
      patchIssues({ reminders: { workHours: { ranges: [{ start: '9:00', end: '17:00' }] } } })[0],
    ).toContain('Use a time like 09:00');
  });

  it('morning: a real time of day, and a routine that exists', () => {
    expect(patchIssues({ morning: { time: '24:00' } })[0]).toBe(
      'morning.time: Use a time like 09:00',
    );
    expect(patchIssues({ morning: { routineId: 'marathon' } })[0]).toMatch(/^morning\.routineId: /);
    expect(settingsIssues({ morning: { routineId: 'custom-gone' } })).toEqual([
      'morning.routineId: Pick one of the routines in the list',
    ]);
  });

  it('routines: stretches from the catalog, none twice, custom ones named and unique', () => {
    expect(patchIssues({ routines: { deskBreak: { stretchIds: [] } } })[0]).toContain(
      'at least one',
    );
    expect(
      patchIssues({ routines: { deskBreak: { stretchIds: ['cat-cow', 'cat-cow'] } } })[0],
    ).toContain('listed only once');
    expect(patchIssues({ routines: { deskBreak: { stretchIds: ['jumping-jacks'] } } })[0]).toMatch(
      /^routines\.deskBreak\.stretchIds\.0: /,
    );
    const custom = (name: string, id = 'custom-a') => ({
      routines: { custom: [{ id, name, stretchIds: ['cat-cow'] }] },
    });
    expect(patchIssues(custom('Quick one'))).toEqual([]);
    expect(patchIssues(custom('   '))[0]).toContain('1 to 40 characters');
    expect(patchIssues(custom('x'.repeat(41)))[0]).toContain('1 to 40 characters');
    expect(patchIssues(custom('Bad id', 'custom-Not OK'))[0]).toMatch(/^routines\.custom\.0\.id: /);
    const twins = {
      routines: { custom: [custom('A').routines.custom[0], custom('B').routines.custom[0]] },
    };
    expect(settingsIssues(twins)).toEqual([
      'routines.custom.1.id: Two of your routines have the same id',
    ]);
  });
});
