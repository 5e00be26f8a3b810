import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';

import { FakeBusy } from './host/fake-busy';
import { expect, test as base } from './host/fixture';
import { screenshotDir } from './host/paths';
import { openSettingsFromTray } from './host/settings-page';
import { openStatusWindow, statusPage } from './host/status-page';

const MIN = 60_000;

/** Detectors with something of every kind to show: in use, not, and can't tell. */
const test = base.extend<{ busy: FakeBusy }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern
  busy: async ({}, use) =>
    use(
      new FakeBusy({
        camera: { state: 'yes' },
        screencast: { state: 'unknown', why: 'the screen-sharing portal did not answer' },
      }),
    ),
  hostOptions: async ({ busy }, use) => use({ busy }),
});

/** The whole window, or only `part` of it. */
const shoot = async (page: Page, name: string, scheme: 'light' | 'dark', part?: Locator) => {
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  await (part ?? page).screenshot({ path: join(screenshotDir, `${name}-${scheme}.png`) });
};

/** For people to look at, in both colour schemes. Not compared. */
test('the status window renders in light and dark', async ({ host, busy }) => {
  await mkdir(screenshotDir, { recursive: true });
  busy.set('camera', { state: 'no' });
  await host.advance(32 * MIN, { jump: true });
  const page = await openStatusWindow(host);
  const status = statusPage(page);
  await expect(status.line).toHaveText(/^Sitting 32 min/);
  await shoot(page, 'status-window', 'light');
  await shoot(page, 'status-window', 'dark');

  await status.pause(60).click();
  await status.meetingUntilOff.click();
  await host.settle();
  await expect(status.meetingOver).toBeVisible();
  await expect(status.resume).toBeVisible();
  await shoot(page, 'status-window-paused', 'light');
  await shoot(page, 'status-window-paused', 'dark');
});

test('the "Quiet when…" section renders in light and dark', async ({ host }) => {
  await mkdir(screenshotDir, { recursive: true });
  const page = await openSettingsFromTray(host);
  await page.getByRole('tab', { name: 'Quiet when…' }).click();
  await page.getByLabel('Do Not Disturb or Focus is on').uncheck();
  const section = page.getByRole('region', { name: 'Quiet when…' });
  await expect(section.getByText('In use now')).toBeVisible();
  await expect(
    section.getByText("Can't tell: the screen-sharing portal did not answer"),
  ).toBeVisible();
  await expect(section.getByText('Off', { exact: true })).toBeVisible();
  await shoot(page, 'quiet-settings', 'light', section);
  await shoot(page, 'quiet-settings', 'dark', section);
});
