import type { Page } from '@playwright/test';

import { defaultSettings, type Settings } from '@shared/settings/schema';

import type { AppHost } from './host/app-host';
import { expect, test } from './host/fixture';
import { lookOf } from './host/page-scheme';
import {
  closeSettings,
  openSettingsFromTray,
  settingsInMain,
  settingsPage,
} from './host/settings-page';

/** Picks `theme` in the settings window and waits until main has applied it everywhere. */
async function chooseTheme(host: AppHost, settings: Page, theme: Settings['theme']) {
  await settingsPage(settings).openSection('General');
  await settings.getByLabel('Theme').selectOption(theme);
  await expect.poll(async () => (await settingsInMain(host)).theme).toBe(theme);
  await host.settle();
}

/** How each page looks, in order. */
const looksOf = (...pages: Page[]) => Promise.all(pages.map(lookOf));

/**
 * The theme setting as the user sees it: main applies it to every window (nativeTheme in the
 * app, emulated media here) and the pages follow prefers-color-scheme, so it is judged by
 * each page's background.
 */
test.describe('on a light system', () => {
  test.use({ colorScheme: 'light' });

  test('"dark" in settings darkens every window, later ones too; "system" brings light back', async ({
    page,
    host,
  }) => {
    await host.openPlayer();
    const settings = await openSettingsFromTray(host);
    expect(await looksOf(page, settings)).toEqual(['light', 'light']);

    await chooseTheme(host, settings, 'dark');
    expect(await looksOf(page, settings)).toEqual(['dark', 'dark']);

    await closeSettings(host, settings);
    const reopened = await openSettingsFromTray(host);
    expect(await lookOf(reopened)).toBe('dark');

    await chooseTheme(host, reopened, 'system');
    expect(await looksOf(page, reopened)).toEqual(['light', 'light']);
  });
});

test.describe('on a dark system, with "light" saved', () => {
  test.use({
    colorScheme: 'dark',
    hostOptions: { settingsText: JSON.stringify({ ...defaultSettings, theme: 'light' }) },
  });

  test('the first window opens light', async ({ page, host }) => {
    await host.openPlayer();
    expect(await lookOf(page)).toBe('light');
  });
});
