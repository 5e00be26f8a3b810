import { describe, expect, it, vi } from 'vitest';

import {
  createElectronLoginItem,
  type ElectronLoginSettings,
  loginStateOf,
} from '../../../../src-main/login/electron-login-item';

/** Electron's login item API over an OS that may not do what it is told. */
function fakeApp(answer: (wanted: boolean) => ElectronLoginSettings) {
  let current = answer(false);
  return {
    getLoginItemSettings: vi.fn(() => current),
    setLoginItemSettings: vi.fn((settings: { openAtLogin: boolean; args?: string[] }) => {
      current = answer(settings.openAtLogin);
    }),
  };
}

describe('start at login on macOS and Windows', () => {
  it('reads back what the OS did, not what was asked', async () => {
    const app = fakeApp(() => ({ openAtLogin: true, status: 'requires-approval' }));
    const item = createElectronLoginItem(app, 'darwin');
    expect(await item.write(true)).toEqual({
      enabled: false,
      note: expect.stringContaining('System Settings > General > Login Items'),
    });
  });

  it('on macOS, on when the system says enabled', async () => {
    const app = fakeApp((on) => ({ openAtLogin: on, status: on ? 'enabled' : 'not-registered' }));
    const item = createElectronLoginItem(app, 'darwin');
    expect(await item.write(true)).toEqual({ enabled: true });
    expect(await item.write(false)).toEqual({ enabled: false });
  });

  it('on Windows, off with the reason when the user switched Limber off under Startup apps', () => {
    expect(
      loginStateOf({ openAtLogin: true, executableWillLaunchAtLogin: false }, 'win32'),
    ).toEqual({
      enabled: false,
      note: expect.stringContaining('Startup'),
    });
    expect(loginStateOf({ openAtLogin: true, executableWillLaunchAtLogin: true }, 'win32')).toEqual(
      {
        enabled: true,
      },
    );
  });

  it('registers and asks with the same args, which Windows matches the entry by', async () => {
    const app = fakeApp((on) => ({ openAtLogin: on }));
    await createElectronLoginItem(app, 'win32', ['C:\\src\\limber']).write(true);
    expect(app.setLoginItemSettings).toHaveBeenCalledWith({
      openAtLogin: true,
      args: ['C:\\src\\limber'],
    });
    expect(app.getLoginItemSettings).toHaveBeenLastCalledWith({ args: ['C:\\src\\limber'] });
  });
});
