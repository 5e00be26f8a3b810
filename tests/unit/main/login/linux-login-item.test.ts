import { describe, expect, it } from 'vitest';

import { desktopEntryKeys, execArgv } from '../../../../src-main/login/desktop-entry';
import { launchCommand } from '../../../../src-main/login/launch-command';
import { createLinuxLoginItem, FLATPAK_NOTE } from '../../../../src-main/login/linux-login-item';
import { FakeTextFiles } from './fake-text-files';

const HOME = '/home/sam';
const ENTRY = '/home/sam/.config/autostart/limber.desktop';
const noFile = () => false;

const plainInstall = {
  execPath: '/opt/Limber/limber',
  appPath: '/opt/Limber/resources/app.asar',
  isPackaged: true,
  env: {},
};
const appImage = {
  execPath: '/tmp/.mount_LimberXy12/limber',
  appPath: '/tmp/.mount_LimberXy12/resources/app.asar',
  isPackaged: true,
  env: { APPIMAGE: '/home/sam/Apps/Limber.AppImage' },
};

function loginItem(
  files: FakeTextFiles,
  facts: Parameters<typeof launchCommand>[0],
  exists: (path: string) => boolean = noFile,
) {
  return createLinuxLoginItem({
    files,
    env: facts.env,
    home: HOME,
    exists,
    launch: launchCommand(facts),
  });
}

const execOf = (files: FakeTextFiles, path = ENTRY) =>
  execArgv(desktopEntryKeys(files.files.get(path) ?? '').get('Exec') ?? '');

describe('start at login on Linux: a plain install', () => {
  it('is off until asked, then on, as read back from the autostart entry', async () => {
    const files = new FakeTextFiles();
    const item = loginItem(files, plainInstall);
    expect(await item.read()).toEqual({ enabled: false });
    expect(await item.write(true)).toEqual({ enabled: true });
    expect(execOf(files)).toEqual(['/opt/Limber/limber']);
  });

  it('turning it off removes the entry', async () => {
    const files = new FakeTextFiles();
    const item = loginItem(files, plainInstall);
    await item.write(true);
    expect(await item.write(false)).toEqual({ enabled: false });
    expect(files.files.has(ENTRY)).toBe(false);
  });

  it('writes under $XDG_CONFIG_HOME when the user moved their config there', async () => {
    const files = new FakeTextFiles();
    const item = loginItem(files, { ...plainInstall, env: { XDG_CONFIG_HOME: '/data/cfg' } });
    await item.write(true);
    expect([...files.files.keys()]).toEqual(['/data/cfg/autostart/limber.desktop']);
  });

  it('reads an entry the desktop switched off as off, and says where', async () => {
    const files = new FakeTextFiles();
    const item = loginItem(files, plainInstall);
    await item.write(true);
    files.files.set(ENTRY, `${files.files.get(ENTRY)}X-GNOME-Autostart-enabled=false\n`);
    expect(await item.read()).toEqual({ enabled: false, note: expect.stringContaining(ENTRY) });
  });

  it('shows the state the file system kept when a write fails, with the reason', async () => {
    const files = new FakeTextFiles();
    files.failWith = 'EACCES';
    const item = loginItem(files, plainInstall);
    expect(await item.write(true)).toEqual({
      enabled: false,
      note: `Limber couldn't change ${ENTRY} (EACCES).`,
    });
  });
});

describe('start at login on Linux: an AppImage', () => {
  it('points the entry at the AppImage file, not the mount that vanishes at logout', async () => {
    const files = new FakeTextFiles();
    expect(await loginItem(files, appImage).write(true)).toEqual({ enabled: true });
    expect(execOf(files)).toEqual(['/home/sam/Apps/Limber.AppImage']);
    expect(files.files.get(ENTRY)).not.toContain('/tmp/.mount_');
  });

  it('after the AppImage moved, reads the old entry as off and fixes it when turned on', async () => {
    const files = new FakeTextFiles();
    await loginItem(files, appImage).write(true);
    const moved = { ...appImage, env: { APPIMAGE: '/home/sam/Downloads/Limber.AppImage' } };
    const item = loginItem(files, moved);
    expect(await item.read()).toEqual({
      enabled: false,
      note: `${ENTRY} starts /home/sam/Apps/Limber.AppImage, not this copy of Limber.`,
    });
    expect(await item.write(true)).toEqual({ enabled: true });
    expect(execOf(files)).toEqual(['/home/sam/Downloads/Limber.AppImage']);
  });

  it('refuses, plainly, when the AppImage runtime did not say where the file is', async () => {
    const files = new FakeTextFiles();
    const item = loginItem(files, { ...appImage, env: {} });
    expect(await item.write(true)).toEqual({
      enabled: false,
      note: expect.stringContaining('$APPIMAGE'),
    });
    expect(files.files.size).toBe(0);
  });
});

describe('start at login on Linux: inside Flatpak', () => {
  const flatpak = {
    ...plainInstall,
    execPath: '/app/limber/limber',
    env: { FLATPAK_ID: 'app.limber.desktop' },
  };

  it("says it can't, and writes nothing into the sandbox's private config", async () => {
    const files = new FakeTextFiles();
    const item = loginItem(files, flatpak);
    expect(await item.write(true)).toEqual({ enabled: false, note: FLATPAK_NOTE });
    expect(await item.read()).toEqual({ enabled: false, note: FLATPAK_NOTE });
    expect(files.files.size).toBe(0);
    expect(FLATPAK_NOTE).toContain(
      "can't start at login inside Flatpak without the background portal",
    );
  });

  it('is recognised by /.flatpak-info as well', async () => {
    const files = new FakeTextFiles();
    const item = loginItem(files, plainInstall, (path) => path === '/.flatpak-info');
    expect(await item.write(true)).toEqual({ enabled: false, note: FLATPAK_NOTE });
  });

  it('reports an entry the desktop made for it, where the sandbox can see one', async () => {
    const files = new FakeTextFiles();
    files.files.set(
      '/home/sam/.config/autostart/app.limber.desktop.desktop',
      '[Desktop Entry]\nType=Application\nExec=flatpak run app.limber.desktop\n',
    );
    expect(await loginItem(files, flatpak).read()).toEqual({ enabled: true, note: FLATPAK_NOTE });
  });
});
