import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  autostartEntryText,
  desktopEntryKeys,
  entryIsActive,
  execArgv,
  execValue,
} from '../../../../src-main/login/desktop-entry';

describe('the autostart desktop entry', () => {
  it('is a complete entry a desktop session will start', () => {
    const text = autostartEntryText({
      argv: ['/home/sam/Apps/Limber-0.1.0.AppImage'],
      name: 'Limber',
      comment: 'Stretch',
      icon: 'limber',
    });
    expect(text).toBe(
      [
        '[Desktop Entry]',
        'Type=Application',
        'Version=1.0',
        'Name=Limber',
        'Comment=Stretch',
        'Exec=/home/sam/Apps/Limber-0.1.0.AppImage',
        'Icon=limber',
        'Terminal=false',
        'X-GNOME-Autostart-enabled=true',
        '',
      ].join('\n'),
    );
    expect(entryIsActive(desktopEntryKeys(text))).toBe(true);
  });

  it('quotes a path with spaces and shell characters so the session runs that very file', () => {
    const argv = ['/home/sam/My Apps/Limber $1 "beta".AppImage'];
    expect(execValue(argv)).toBe('"/home/sam/My Apps/Limber \\\\$1 \\\\"beta\\\\".AppImage"');
    expect(execArgv(execValue(argv))).toEqual(argv);
  });

  it('doubles % so a path is never read as a field code', () => {
    expect(execValue(['/opt/100%/limber'])).toBe('/opt/100%%/limber');
  });

  it('reads back any command it writes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 4 }),
        (argv) => {
          const clean = argv.map((word) => word.replace(/\0/g, ''));
          expect(execArgv(execValue(clean))).toEqual(clean);
        },
      ),
    );
  });

  it('reads an entry turned off by the desktop, or hidden, as inactive', () => {
    const entry = (extra: string) =>
      desktopEntryKeys(`[Desktop Entry]\nType=Application\nExec=limber\n${extra}\n`);
    expect(entryIsActive(entry(''))).toBe(true);
    expect(entryIsActive(entry('X-GNOME-Autostart-enabled=false'))).toBe(false);
    expect(entryIsActive(entry('Hidden=true'))).toBe(false);
  });

  it('reads only the [Desktop Entry] group', () => {
    const keys = desktopEntryKeys(
      '# comment\n[Desktop Entry]\nExec=limber\n\n[Desktop Action Quit]\nExec=other\n',
    );
    expect(keys.get('Exec')).toBe('limber');
  });

  it('gives up on an Exec with an unclosed quote instead of guessing', () => {
    expect(execArgv('"/opt/Limber/limber')).toBeUndefined();
  });
});
