import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

import type { AppHost } from './host/app-host';
import { expect, test } from './host/fixture';
import { screenshotDir } from './host/paths';
import { openSettingsFromTray, settingsPage, settingsWindowSize } from './host/settings-page';

/** Main starts on a settings.json cut off mid-write: it must set it aside and say so. */
test.use({ hostOptions: { settingsText: '{\n  "schemaVersion": 2,\n  "reminders": {' } });

/** The user clicks the one native notification main showed about their settings. */
async function openSettingsFromNotification(host: AppHost): Promise<Page> {
  const notification = host.notifier.shown.find((shown) => shown.title === 'Limber settings');
  expect(notification?.body).toContain('was damaged');
  notification?.onClick?.();
  await host.settle();
  const page = host.windows.settingsPage();
  await page.setViewportSize(settingsWindowSize);
  await settingsPage(page).heading.waitFor();
  return page;
}

test('a damaged settings file is explained in the settings window until dismissed', async ({
  host,
}) => {
  await mkdir(screenshotDir, { recursive: true });
  const page = await openSettingsFromNotification(host);
  const banner = page.getByRole('alert');

  await expect(banner).toContainText('Your settings file was damaged');
  await expect(banner).toContainText(/saved a copy as settings\.corrupt-[\dT-]+Z\.json/);
  await expect(banner).toContainText('restored the default settings');
  // The form works under the banner, on the defaults main restored.
  await expect(settingsPage(page).sittingLimit).toHaveValue('45');

  // Fits the window: nothing wider than the 560 px it opens at.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    settingsWindowSize.width,
  );
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await page.screenshot({ path: join(screenshotDir, 'settings-notice-light.png') });
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await page.screenshot({ path: join(screenshotDir, 'settings-notice-dark.png') });

  // Plain words: no parser's message, no schema number.
  await expect(banner).not.toContainText(/JSON|schema|Unexpected/);
  // "Show the file" asks main, which asks the file manager; the notice stays to be read.
  await banner.getByRole('button', { name: 'Show the file' }).click();
  await expect.poll(() => host.settingsFolder.shown).toBe(1);
  await expect(banner).toContainText('Your settings file was damaged');

  await banner.getByRole('button', { name: 'Dismiss' }).click();
  await expect(banner).toHaveCount(0);
  expect(host.runtime.settings.notices()).toEqual([]);

  // Gone for good this run: reopening the window does not bring it back.
  await page.reload();
  await settingsPage(page).heading.waitFor();
  await expect(settingsPage(page).sittingLimit).toHaveValue('45');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('opened from the tray instead, the window shows the same notice', async ({ host }) => {
  const page = await openSettingsFromTray(host);
  await expect(page.getByRole('alert')).toContainText('Your settings file was damaged');
});

test.describe('with a settings file from a newer Limber', () => {
  test.use({ hostOptions: { settingsText: JSON.stringify({ schemaVersion: 99 }) } });

  test('the banner says so plainly, and the file manager refusing is told in the banner', async ({
    host,
  }) => {
    const page = await openSettingsFromTray(host);
    const banner = page.getByRole('alert');
    await expect(banner).toContainText('saved by a newer Limber');
    await expect(banner).not.toContainText(/schema|99/);
    host.settingsFolder.failWith = 'No application is set to open folders';
    await banner.getByRole('button', { name: 'Show the file' }).click();
    await expect(banner).toContainText(
      'Could not show the settings file: No application is set to open folders',
    );
  });
});
