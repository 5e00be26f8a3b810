import { describe, expect, it, vi } from 'vitest';
import { setupTray, trayIconPath } from '../../../src-main/electron/tray';
import { buildTrayMenu, type TrayMenuItem } from '../../../src-main/services/tray-menu';
import { fakeElectron } from '../../support/electron-mock';

const actions = () => ({ startMorningRoutine: vi.fn(), startDeskBreak: vi.fn(), quit: vi.fn() });

function clickable(items: TrayMenuItem[]) {
  return items.filter((item) => item.type === 'normal');
}

describe('tray menu', () => {
  it('lists the routines, a separator, then Quit', () => {
    const items = buildTrayMenu(actions());
    expect(items.map((item) => (item.type === 'separator' ? '---' : item.label))).toEqual([
      'Morning routine',
      'Stand up & stretch now',
      '---',
      'Quit',
    ]);
  });

  it.each([
    ['Morning routine', 'startMorningRoutine'],
    ['Stand up & stretch now', 'startDeskBreak'],
    ['Quit', 'quit'],
  ] as const)('clicking "%s" calls %s and nothing else', (label, action) => {
    const wired = actions();
    const item = clickable(buildTrayMenu(wired)).find((entry) => entry.label === label);
    item?.click();
    for (const [name, fn] of Object.entries(wired)) {
      expect(fn).toHaveBeenCalledTimes(name === action ? 1 : 0);
    }
  });
});

describe('tray icon', () => {
  it('uses the light glyph on a dark panel and the dark glyph on a light one', () => {
    expect(trayIconPath('/res', true)).toBe('/res/tray-light.png');
    expect(trayIconPath('/res', false)).toBe('/res/tray-dark.png');
  });

  it('installs the menu and follows the system theme', () => {
    const fake = fakeElectron();
    const wired = actions();
    setupTray({ resourcesDir: '/res', actions: wired });
    const tray = fake.FakeTray.instances[0]!;
    expect(tray.image).toMatchObject({ path: '/res/tray-dark.png' });
    const menu = tray.contextMenu as { template: TrayMenuItem[] };
    clickable(menu.template)
      .find((item) => item.label === 'Morning routine')
      ?.click();
    expect(wired.startMorningRoutine).toHaveBeenCalled();

    fake.nativeTheme.shouldUseDarkColors = true;
    fake.nativeTheme.emit('updated');
    expect(tray.image).toMatchObject({ path: '/res/tray-light.png' });
  });

  it('stops following the theme and removes the icon when disposed', () => {
    const fake = fakeElectron();
    const dispose = setupTray({ resourcesDir: '/res', actions: actions() });
    dispose();
    expect(fake.FakeTray.instances[0]!.destroy).toHaveBeenCalled();
    expect(fake.nativeTheme.listenerCount('updated')).toBe(0);
  });
});
