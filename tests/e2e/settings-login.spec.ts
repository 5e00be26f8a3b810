import type { Page } from '@playwright/test';

import { launchCommand } from '../../src-main/login/launch-command';
import { createLinuxLoginItem, FLATPAK_NOTE } from '../../src-main/login/linux-login-item';
import { FakeTextFiles } from '../unit/main/login/fake-text-files';
import type { AppHost } from './host/app-host';
import { expect, test } from './host/fixture';
import { openSettingsFromTray, settingsPage } from './host/settings-page';

/** Limber on Linux, installed as `facts` say, over an in-memory home folder. */
function linuxLogin(facts: Parameters<typeof launchCommand>[0]) {
  return createLinuxLoginItem({
    files: new FakeTextFiles(),
    env: facts.env,
    home: '/home/sam',
    exists: () => false,
    launch: launchCommand(facts),
  });
}

/** The General section, where "Start Limber when I log in" is. */
async function openGeneral(host: AppHost): Promise<Page> {
  const page = await openSettingsFromTray(host);
  await settingsPage(page).openSection('General');
  return page;
}

const toggleOf = (page: Page) => page.getByLabel('Start Limber when I log in');

test.describe('a plain install', () => {
  test.use({
    hostOptions: {
      loginItem: linuxLogin({
        execPath: '/opt/Limber/limber',
        appPath: '/opt/Limber/resources/app.asar',
        isPackaged: true,
        env: {},
      }),
    },
  });

  test('the toggle turns on once the OS has the entry, and off again', async ({ host }) => {
    const page = await openGeneral(host);
    const toggle = toggleOf(page);
    await expect(toggle).not.toBeChecked();
    await toggle.check();
    await host.runtime.login.settled();
    await host.settle();
    await expect(toggle).toBeChecked();
    expect(host.runtime.login.current()).toEqual({ enabled: true });
    await toggle.uncheck();
    await host.runtime.login.settled();
    await host.settle();
    await expect(toggle).not.toBeChecked();
    expect(host.runtime.login.current()).toEqual({ enabled: false });
  });
});

test.describe('an AppImage', () => {
  test.use({
    hostOptions: {
      loginItem: linuxLogin({
        execPath: '/tmp/.mount_LimberXy12/limber',
        appPath: '/tmp/.mount_LimberXy12/resources/app.asar',
        isPackaged: true,
        env: { APPIMAGE: '/home/sam/Apps/Limber.AppImage' },
      }),
    },
  });

  test('starts at login, as the OS reads it back', async ({ host }) => {
    const page = await openGeneral(host);
    await toggleOf(page).check();
    await host.runtime.login.settled();
    await host.settle();
    await expect(toggleOf(page)).toBeChecked();
    await expect(page.getByText(FLATPAK_NOTE)).toHaveCount(0);
  });
});

test.describe('inside Flatpak', () => {
  test.use({
    hostOptions: {
      loginItem: linuxLogin({
        execPath: '/app/limber/limber',
        appPath: '/app/limber/resources/app.asar',
        isPackaged: true,
        env: { FLATPAK_ID: 'app.limber.desktop' },
      }),
    },
  });

  test('the toggle stays off when asked, and says why in plain words', async ({ host }) => {
    const page = await openGeneral(host);
    const toggle = toggleOf(page);
    await expect(page.getByText(FLATPAK_NOTE)).toBeVisible();
    await toggle.click();
    await host.runtime.login.settled();
    await host.settle();
    expect(host.runtime.settings.get().startAtLogin).toBe(true);
    // The OS, not the setting: still off, with the reason beside it.
    await expect(toggle).not.toBeChecked();
    await expect(page.getByText(FLATPAK_NOTE)).toBeVisible();
    expect(await settingsPage(page).descriptionOf(toggle)).toBe(FLATPAK_NOTE);
  });
});
