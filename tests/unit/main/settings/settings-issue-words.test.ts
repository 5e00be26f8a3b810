import { describe, expect, it } from 'vitest';

import { fieldLabels } from '@shared/settings/field-labels';
import { fieldName } from '@shared/settings/field-names';

import { createMemorySettingsFile } from '../../../../src-main/settings/memory-settings-file';
import { loadSettings } from '../../../../src-main/settings/settings-load';

/** What the notice about a hand-edited file says: the setting by its name, never a dotted path. */
function noticeFor(settings: unknown): string {
  const file = createMemorySettingsFile(
    JSON.stringify({ schemaVersion: 3, ...(settings as object) }),
  );
  const [notice] = loadSettings(file, 'stamp').notices;
  return notice?.message ?? '';
}

/** Dotted paths as a schema spells them: "reminders.sittingLimitMin", "routines.holdS.x". */
const DOTTED_PATH = /\b[a-z]+[A-Za-z]*\.[a-z][A-Za-z-]*\b/;

describe('a bad value in a hand-edited settings file', () => {
  it('is named by the label the form uses, followed by the rule in plain words', () => {
    const message = noticeFor({ reminders: { sittingLimitMin: 5 } });
    expect(message).toContain('Sitting limit: use a whole number from 10 to 180 minutes');
    expect(message.replace(/settings\.corrupt-stamp\.json/, '')).not.toMatch(DOTTED_PATH);
  });

  it('names list items, holds, routine names and whole sections without their paths', () => {
    const message = noticeFor({
      reminders: {
        snoozeOptionsMin: [5, 90],
        workHours: { ranges: [{ start: '17:00', end: '09:00' }] },
      },
      routines: {
        holdS: { hamstring: 3 },
        custom: [{ id: 'custom-a', name: '', stretchIds: ['hamstring'] }],
      },
      cues: 7,
    });
    expect(message).toContain('Snooze lengths: use a whole number from 1 to 60 minutes');
    expect(message).toContain('Work hours: end after the start');
    expect(message).toContain('Hamstring stretch hold: use a whole number from 15 to 60 seconds');
    expect(message).toContain('Routine name: must be 1 to 40 characters');
    expect(message).not.toMatch(/Invalid input|expected object/);
    expect(message.replace(/settings\.corrupt-stamp\.json/, '')).not.toMatch(DOTTED_PATH);
  });

  it('calls a setting from nowhere what it is, next to a bad value', () => {
    const message = noticeFor({ reminders: { sittingLimitMin: 5, nap: true } });
    expect(message).toContain('a setting Limber doesn’t know, “reminders.nap”');
  });

  it('every labelled setting has a name and a form label of its own words', () => {
    for (const [path, label] of Object.entries(fieldLabels)) {
      expect(label, path).not.toContain('.');
      expect(fieldName(path), path).toMatch(/^[^.]+$/);
    }
  });
});
