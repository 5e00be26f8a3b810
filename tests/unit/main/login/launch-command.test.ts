import { describe, expect, it } from 'vitest';

import { launchCommand } from '../../../../src-main/login/launch-command';
import { autostartPath, inFlatpak } from '../../../../src-main/login/xdg-autostart';

describe('what starts Limber at login', () => {
  it('inside an AppImage: the AppImage file, never the temporary mount it runs from', () => {
    const command = launchCommand({
      execPath: '/tmp/.mount_LimberAbC123/limber',
      appPath: '/tmp/.mount_LimberAbC123/resources/app.asar',
      isPackaged: true,
      env: { APPIMAGE: '/home/sam/Apps/Limber.AppImage' },
    });
    expect(command).toEqual({ ok: true, argv: ['/home/sam/Apps/Limber.AppImage'] });
  });

  it('from a mount with no $APPIMAGE: says it cannot, rather than pointing at /tmp', () => {
    const command = launchCommand({
      execPath: '/tmp/.mount_LimberAbC123/limber',
      appPath: '/tmp/.mount_LimberAbC123/resources/app.asar',
      isPackaged: true,
      env: {},
    });
    expect(command).toEqual({ ok: false, note: expect.stringContaining("can't start at login") });
  });

  it('a deb install: its binary where it is installed', () => {
    expect(
      launchCommand({
        execPath: '/opt/Limber/limber',
        appPath: '/opt/Limber/resources/app.asar',
        isPackaged: true,
        env: {},
      }),
    ).toEqual({ ok: true, argv: ['/opt/Limber/limber'] });
  });

  it('a checkout: Electron on the project folder', () => {
    expect(
      launchCommand({
        execPath: '/src/limber/node_modules/electron/dist/electron',
        appPath: '/src/limber',
        isPackaged: false,
        env: {},
      }),
    ).toEqual({
      ok: true,
      argv: ['/src/limber/node_modules/electron/dist/electron', '/src/limber'],
    });
  });
});

describe('where the autostart entry goes', () => {
  it('~/.config/autostart/limber.desktop by default', () => {
    expect(autostartPath({}, '/home/sam')).toBe('/home/sam/.config/autostart/limber.desktop');
  });

  it('under $XDG_CONFIG_HOME when it is set', () => {
    expect(autostartPath({ XDG_CONFIG_HOME: '/data/config' }, '/home/sam')).toBe(
      '/data/config/autostart/limber.desktop',
    );
  });

  it('ignores an empty or relative $XDG_CONFIG_HOME, as the spec says', () => {
    expect(autostartPath({ XDG_CONFIG_HOME: '' }, '/home/sam')).toBe(
      '/home/sam/.config/autostart/limber.desktop',
    );
    expect(autostartPath({ XDG_CONFIG_HOME: 'config' }, '/home/sam')).toBe(
      '/home/sam/.config/autostart/limber.desktop',
    );
  });

  it('knows a Flatpak sandbox by $FLATPAK_ID or by /.flatpak-info', () => {
    const none = () => false;
    expect(inFlatpak({ FLATPAK_ID: 'app.limber.desktop' }, none)).toBe(true);
    expect(inFlatpak({}, (path) => path === '/.flatpak-info')).toBe(true);
    expect(inFlatpak({}, none)).toBe(false);
  });
});
