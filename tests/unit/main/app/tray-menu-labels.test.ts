import { describe, expect, it } from 'vitest';

import {
  buildTrayMenu,
  forNativeMenu,
  type TrayMenuItem,
} from '../../../../src-main/app/tray-menu';
import { fakeActions } from '../support/fake-actions';

const actions = fakeActions();
const menu = buildTrayMenu(actions, {
  statusText: 'Sitting 5 min · stretch in 40 min',
  paused: false,
  inMeeting: false,
  customRoutines: [{ id: 'custom-mine', name: 'Stretch & breathe' }],
});

const allLabels = (items: TrayMenuItem[]): string[] =>
  items.flatMap((item) =>
    item.type === 'separator'
      ? []
      : [item.label, ...(item.type === 'submenu' ? allLabels(item.submenu) : [])],
  );

/** Windows and Linux menus read "&x" as a keyboard mnemonic and hide the "&"; "&&" is one "&". */
describe('tray menu labels for the native menu', () => {
  it.each(['win32', 'linux'] as const)('on %s, double every & so it shows', (platform) => {
    const labels = allLabels(forNativeMenu(menu, platform));
    expect(labels).toContain('Stretch && breathe');
    expect(labels).toContain('Stand up && stretch now');
  });

  it('on macOS, leave them alone: its menus have no mnemonics', () => {
    const labels = allLabels(forNativeMenu(menu, 'darwin'));
    expect(labels).toContain('Stretch & breathe');
    expect(labels).toContain('Stand up & stretch now');
  });

  it('keeps every item clickable as before', () => {
    const native = forNativeMenu(menu, 'linux');
    const mine = native
      .flatMap((item) => (item.type === 'submenu' ? item.submenu : [item]))
      .find((item) => item.type === 'normal' && item.label === 'Stretch && breathe');
    if (!mine || !('click' in mine)) throw new Error('no routine item');
    mine.click();
    expect(actions.startRoutine).toHaveBeenCalledWith('custom-mine');
  });
});
