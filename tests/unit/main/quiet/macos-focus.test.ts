import { describe, expect, it } from 'vitest';

import { macosFocusDetector } from '../../../../src-main/quiet/macos-focus';
import { fixtureText, recordedFiles } from './support/recorded';

const HOME = '/Users/ana';
const PATH = `${HOME}/Library/DoNotDisturb/DB/Assertions.json`;
const detect = (file: string | { error: string } | undefined) =>
  macosFocusDetector(
    recordedFiles({ files: file === undefined ? {} : { [PATH]: file } }),
    HOME,
  ).detect(new AbortController().signal);
const assertions = (name: string) => fixtureText(`macos/assertions/${name}`);

describe('macOS Focus / Do Not Disturb (Assertions.json)', () => {
  it('a Focus turned on (DND or Work) is yes', async () => {
    expect(await detect(assertions('focus-dnd-on.json'))).toEqual({ state: 'yes' });
    expect(await detect(assertions('focus-work-on.json'))).toEqual({ state: 'yes' });
  });

  it('no assertion records is no', async () => {
    expect(await detect(assertions('focus-off.json'))).toEqual({ state: 'no' });
    expect(await detect(assertions('focus-off-empty-list.json'))).toEqual({ state: 'no' });
  });

  it('no file, no permission, or a format we do not know is unknown, never off', async () => {
    expect(await detect(undefined)).toEqual({
      state: 'unknown',
      why: 'no Focus assertions file (macOS 11 or older, or it moved)',
    });
    expect(await detect({ error: 'EPERM' })).toEqual({
      state: 'unknown',
      why: 'reading Focus needs Full Disk Access for Limber',
    });
    expect(await detect(assertions('format-changed.json'))).toEqual({
      state: 'unknown',
      why: 'Assertions.json has no data list (format changed?)',
    });
    expect(await detect(assertions('truncated.txt'))).toEqual({
      state: 'unknown',
      why: 'Assertions.json is not JSON (its format may have changed)',
    });
  });
});
