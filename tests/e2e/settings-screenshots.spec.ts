import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

import { expect, test } from './host/fixture';
import { screenshotDir } from './host/paths';
import { openSettingsFromTray, settingsPage } from './host/settings-page';

/**
 * The settings window for people to look at: a few sections, a refused value with "Not saved"
 * and a recovery banner, in light and dark, in a narrow window (480×640: the tab bar) and a
 * wide one (1024×768: the sidebar). Not compared; the checks are what a glance would catch:
 * nothing wider than the window, and the week's days and the Add button on their rows.
 */
const sizes = [
  { width: 480, height: 640 },
  { width: 1024, height: 768 },
] as const;
const schemes = ['light', 'dark'] as const;

/** Both colour schemes of what is on screen now, as settings-<width>-<name>-<scheme>.png. */
async function shootBoth(page: Page, name: string): Promise<void> {
  for (const colorScheme of schemes) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    const width = page.viewportSize()?.width;
    await page.screenshot({
      path: join(screenshotDir, `settings-${width}-${name}-${colorScheme}.png`),
    });
  }
}

/** Nothing sticks out sideways: no horizontal scrolling in the window. */
async function expectFits(page: Page): Promise<void> {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(width);
}

/** The vertical middle of an element, to tell whether two sit on one row. */
const middleOf = async (page: Page, text: string) => {
  const box = await page.getByText(text, { exact: true }).first().boundingBox();
  return box ? box.y + box.height / 2 : Number.NaN;
};

for (const size of sizes) {
  test(`settings at ${size.width}×${size.height}: sections, chips, Not saved, work hours`, async ({
    host,
  }) => {
    await mkdir(screenshotDir, { recursive: true });
    const page = await openSettingsFromTray(host);
    await page.setViewportSize(size);
    const settings = settingsPage(page);

    await expect(page.getByRole('group', { name: 'Snooze lengths' })).toBeVisible();
    await expectFits(page);
    await shootBoth(page, 'reminders');

    // A refused value: the reason in plain words, "Not saved", and the user's text kept.
    await settings.sittingLimit.fill('5');
    await settings.sittingLimit.press('Tab');
    await page.getByLabel('Another length').fill('10');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByText('That snooze length is already in the list')).toBeVisible();
    await expect(settings.sittingLimit).toHaveValue('5');
    // "Add" stays on the row of the box it adds from.
    expect(await middleOf(page, 'Add')).toBeCloseTo(await middleOf(page, 'Another length'), -1);
    await expectFits(page);
    await shootBoth(page, 'not-saved');

    await settings.openSection('Work hours');
    await page.getByLabel('Only nudge during work hours').check();
    await page.getByLabel('to', { exact: true }).fill('08:00');
    await page.getByLabel('to', { exact: true }).blur();
    await expect(
      page.getByText('End after the start (a range can’t cross midnight)'),
    ).toBeVisible();
    // The whole week on one row: "Sun" is not left on a line of its own.
    expect(await middleOf(page, 'Sun')).toBeCloseTo(await middleOf(page, 'Mon'), 0);
    await expectFits(page);
    await shootBoth(page, 'work-hours');

    await settings.openSection('Routines');
    const desk = page.getByRole('group', { name: 'Desk break' });
    // "Add" stays beside its stretch picker, not on a line of its own.
    const picker = await desk.getByLabel('Add a stretch').boundingBox();
    const add = await desk.getByRole('button', { name: 'Add', exact: true }).boundingBox();
    expect(Math.abs((picker?.y ?? 0) - (add?.y ?? 100))).toBeLessThan(12);
    await expectFits(page);
    await shootBoth(page, 'routines');
    await page.getByText('Hold times per stretch').click();
    await page.getByText('Hold times per stretch').scrollIntoViewIfNeeded();
    await shootBoth(page, 'holds');

    await settings.openSection('Cues');
    await expect(page.getByRole('button', { name: 'Test sound' })).toBeVisible();
    await expectFits(page);
    await shootBoth(page, 'cues');

    await settings.openSection('General');
    await expect(page.getByLabel('Start Limber when I log in')).toBeVisible();
    await expectFits(page);
    await shootBoth(page, 'general');
  });
}

test.describe('with a damaged settings file', () => {
  test.use({ hostOptions: { settingsText: '{\n  "schemaVersion": 3,\n  "reminders": {' } });

  for (const size of sizes) {
    test(`the recovery banner at ${size.width}×${size.height}`, async ({ host }) => {
      await mkdir(screenshotDir, { recursive: true });
      const page = await openSettingsFromTray(host);
      await page.setViewportSize(size);
      await expect(page.getByRole('button', { name: 'Show the file' })).toBeVisible();
      await expectFits(page);
      await shootBoth(page, 'banner');
    });
  }
});
