import { describe, expect, it } from 'vitest';

import {
  fieldText,
  numberProblem,
  type NumberRuleName,
  numberRules,
  rangeHint,
} from '@shared/settings/field-rules';
import { SettingsPatchSchema } from '@shared/settings/schema';
import { schemaText } from '@shared/settings/schema-text';

/** The smallest patch that sets the number at `name` (a hold: the hamstring's). */
function patchFor(name: NumberRuleName, value: number): unknown {
  const [group, field] = name.split('.') as [string, string];
  if (name === 'routines.holdS') return { routines: { holdS: { hamstring: value } } };
  if (name === 'reminders.snoozeOptionsMin') return { reminders: { snoozeOptionsMin: [value] } };
  return { [group]: { [field]: value } };
}

const issueFor = (name: NumberRuleName, value: number) => {
  const parsed = SettingsPatchSchema.safeParse(patchFor(name, value));
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
};

describe('field rules, shared by the settings window and main', () => {
  it.each(Object.keys(numberRules) as NumberRuleName[])(
    "%s: the window's quick check and main's schema agree, in the same words",
    (name) => {
      const limits = numberRules[name];
      for (const value of [limits.min, limits.max, limits.min - 1, limits.max + 1, 1.5, NaN]) {
        expect(numberProblem(limits, value)).toBe(issueFor(name, value));
      }
      expect(numberProblem(limits, limits.min)).toBeUndefined();
    },
  );

  it('words a range once, plainly, with no field path', () => {
    expect(rangeHint(numberRules['routines.holdS'])).toBe('Between 15 and 60 seconds');
    expect(fieldText.number(numberRules['reminders.sittingLimitMin'])).toBe(
      'Use a whole number from 10 to 180 minutes',
    );
    // No camelCase field name and no dotted path in any of the words.
    const words = Object.values({ ...fieldText, ...schemaText }).filter(
      (text) => typeof text === 'string',
    );
    for (const text of [
      ...words,
      fieldText.number(numberRules['cues.volume']),
      schemaText.choice(['light', 'dark']),
    ]) {
      expect(text).not.toMatch(/[a-z][A-Z]|\w\.\w/);
    }
  });
});
