import { describe, expect, it } from 'vitest';

import { invokeChannels } from '@shared/ipc/channels';

import { desktopEntryKeys, execArgv } from '../../../../src-main/login/desktop-entry';
import { launchCommand } from '../../../../src-main/login/launch-command';
import { createLinuxLoginItem, FLATPAK_NOTE } from '../../../../src-main/login/linux-login-item';
import { createHarness, settingsSender } from '../support/app-harness';
import { FakeTextFiles } from './fake-text-files';

const HOME = '/home/sam';
const ENTRY = '/home/sam/.config/autostart/limber.desktop';

/** How Limber was started: a plain install, an AppImage's temporary mount, a Flatpak. */
const installs = {
  plain: {
    execPath: '/opt/Limber/limber',
    appPath: '/opt/Limber/resources/app.asar',
    isPackaged: true,
    env: {},
  },
  appImage: {
    execPath: '/tmp/.mount_LimberXy12/limber',
    appPath: '/tmp/.mount_LimberXy12/resources/app.asar',
    isPackaged: true,
    env: { APPIMAGE: '/home/sam/Apps/Limber.AppImage' },
  },
  flatpak: {
    execPath: '/app/limber/limber',
    appPath: '/app/limber/resources/app.asar',
    isPackaged: true,
    env: { FLATPAK_ID: 'app.limber.desktop' },
  },
};

/** The app on Linux with its real start-at-login code over an in-memory home folder. */
function appOn(install: keyof typeof installs) {
  const files = new FakeTextFiles();
  const facts = installs[install];
  const harness = createHarness({
    loginItem: createLinuxLoginItem({
      files,
      env: facts.env,
      home: HOME,
      exists: () => false,
      launch: launchCommand(facts),
    }),
  });
  const loginState = async () => {
    await harness.runtime.login.settled();
    return harness.invoke(invokeChannels.getLoginState, undefined, settingsSender);
  };
  const setStartAtLogin = async (on: boolean) => {
    await harness.invoke(invokeChannels.updateSettings, { startAtLogin: on }, settingsSender);
    await harness.runtime.login.settled();
  };
  const pushed = () =>
    harness.broadcasts.filter((b) => b.event === 'loginState').map((b) => b.payload);
  const execOfEntry = () =>
    execArgv(desktopEntryKeys(files.files.get(ENTRY) ?? '').get('Exec') ?? '');
  return { ...harness, files, loginState, setStartAtLogin, pushed, execOfEntry };
}

describe('the settings window reads start at login back from the OS', () => {
  it('a plain install: off at first, on once asked, and each read pushed to the windows', async () => {
    const app = appOn('plain');
    expect(await app.loginState()).toEqual({ ok: true, value: { enabled: false } });

    await app.setStartAtLogin(true);
    expect(await app.loginState()).toEqual({ ok: true, value: { enabled: true } });
    expect(app.execOfEntry()).toEqual(['/opt/Limber/limber']);
    expect(app.pushed()).toEqual([{ enabled: false }, { enabled: true }]);

    await app.setStartAtLogin(false);
    expect(await app.loginState()).toEqual({ ok: true, value: { enabled: false } });
    expect(app.files.files.has(ENTRY)).toBe(false);
  });

  it('an AppImage: on, with the entry pointing at the AppImage, not its temporary mount', async () => {
    const app = appOn('appImage');
    await app.setStartAtLogin(true);
    expect(await app.loginState()).toEqual({ ok: true, value: { enabled: true } });
    expect(app.execOfEntry()).toEqual(['/home/sam/Apps/Limber.AppImage']);
  });

  it('Flatpak: stays off however often it is asked, and says why in plain words', async () => {
    const app = appOn('flatpak');
    await app.setStartAtLogin(true);
    expect(await app.loginState()).toEqual({
      ok: true,
      value: { enabled: false, note: FLATPAK_NOTE },
    });
    // The setting keeps what the user asked for; the window shows the OS's answer beside it.
    expect(app.runtime.settings.get().startAtLogin).toBe(true);
    expect(app.files.files.size).toBe(0);
    expect(app.pushed().at(-1)).toEqual({ enabled: false, note: FLATPAK_NOTE });
  });

  it('an entry turned off in the desktop reads as off, with where it was turned off', async () => {
    const app = appOn('plain');
    await app.setStartAtLogin(true);
    app.files.files.set(ENTRY, `${app.files.files.get(ENTRY)}Hidden=true\n`);
    // Turning it off and on again is how the user fixes it: Limber rewrites the entry.
    await app.setStartAtLogin(false);
    await app.setStartAtLogin(true);
    expect(await app.loginState()).toEqual({ ok: true, value: { enabled: true } });
  });
});
