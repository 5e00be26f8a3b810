import { describe, expect, it } from 'vitest';

import { issuesFrom } from '@shared/errors/issues';
import { SettingsPatchSchema } from '@shared/settings/schema';

/** The issue messages for a custom routine called `name`. */
function nameIssues(name: string): string[] {
  const parsed = SettingsPatchSchema.safeParse({
    routines: { custom: [{ id: 'custom-mine', name, stretchIds: ['cat-cow'] }] },
  });
  return parsed.success ? [] : issuesFrom(parsed.error).map((issue) => issue.message);
}

describe('a custom routine name', () => {
  it.each([
    ['ampersands and punctuation', 'Stretch & breathe!'],
    ['accents', 'Café au lit'],
    ['other scripts', 'नमस्ते योग'],
    ['emoji, joined ones too', '👨‍👩‍👧 family stretch'],
  ])('may hold %s', (_label, name) => {
    expect(nameIssues(name)).toEqual([]);
  });

  it.each([
    ['a NUL', 'Morning\u0000'],
    ['an ANSI escape', '\u001b[31mRed\u001b[0m'],
    ['a right-to-left override', 'gnirts\u202Eevil.exe'],
    ['a newline', 'Two\nlines'],
  ])('refuses %s, in plain words', (_label, name) => {
    expect(nameIssues(name)).toEqual([
      'Name can’t hold control or invisible formatting characters',
    ]);
  });

  it('refuses a name of zero-width characters only', () => {
    expect(nameIssues('\u200B\u200D\u2060')).toEqual(['Name needs a letter, digit or symbol']);
  });

  it('refuses a lone surrogate, half of a character', () => {
    expect(nameIssues('Broken \uD83D')).toEqual([
      'Name can’t hold control or invisible formatting characters',
    ]);
  });
});
