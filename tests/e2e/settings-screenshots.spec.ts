import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

import { expect, test } from './host/fixture';
import { lookOf } from './host/page-scheme';
import { screenshotDir } from './host/paths';
import { openSettingsFromTray } from './host/settings-page';

/**
 * The settings window for people to look at, in both colour schemes, at the top and scrolled
 * to the end. Not compared. The dark pair is chosen with the theme setting itself, so it also
 * shows that "dark" wins over a light system.
 */
test('the settings window renders in light and dark', async ({ host }) => {
  await mkdir(screenshotDir, { recursive: true });
  const page = await openSettingsFromTray(host);
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  const shoot = (name: string) => page.screenshot({ path: join(screenshotDir, `${name}.png`) });
  const scrollTo = async (where: 'top' | 'bottom') => {
    await page.evaluate(
      (to) => window.scrollTo(0, to === 'top' ? 0 : document.body.scrollHeight),
      where,
    );
  };
  const workHours = page.getByLabel('Only nudge during work hours');

  await shoot('settings-top-light');
  await workHours.check();
  await page.getByLabel('Nudge me after sitting for').fill('5');
  await page.getByLabel('Nudge me after sitting for').press('Tab');
  await page.getByText('Hold times per stretch').click();
  await scrollTo('bottom');
  await shoot('settings-scrolled-light');

  await page.getByRole('heading', { name: 'Routines', exact: true }).evaluate((heading) => {
    heading.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -70); // out from under the sticky header
  });
  await shoot('settings-routines-light');

  await page.getByLabel('Theme').selectOption('dark');
  await expect.poll(() => lookOf(page)).toBe('dark');
  await scrollTo('top');
  await shoot('settings-top-dark');
  await page.getByRole('button', { name: 'Reset to defaults…' }).click();
  await scrollTo('bottom');
  await shoot('settings-reset-dialog-dark');
  await page.getByRole('button', { name: 'Keep my settings' }).click();
  await page.getByLabel('Routine', { exact: true }).focus();
  await page.evaluate(() => window.scrollBy(0, -200));
  await shoot('settings-scrolled-dark');
});
