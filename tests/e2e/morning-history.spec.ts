import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

import { defaultSettings } from '@shared/settings/schema';

import { expectAccessible } from './host/axe';
import { expect, test } from './host/fixture';
import { totalMs } from './host/flows';
import { historyPage, morningOfferPage } from './host/history-page';
import { nudgeWindowSize } from './host/hosted-windows';
import { nudgePage } from './host/nudge-page';
import { screenshotDir } from './host/paths';
import { playerPage } from './host/player-page';

const MINUTE = 60_000;

/**
 * Mornings at 08:05 in UTC, for main and the pages alike: the host's clock starts on Monday
 * 5 January 2026 at 08:00 UTC, so the offer falls due five minutes in.
 */
test.use({
  timezoneId: 'UTC',
  locale: 'en-GB',
  reducedMotion: 'reduce',
  hostOptions: {
    timeZone: 'UTC',
    settingsText: JSON.stringify({
      ...defaultSettings,
      morning: { ...defaultSettings.morning, time: '08:05' },
    }),
  },
});

/** The history window at the size main opens it. */
const historyWindowSize = { width: 640, height: 720 };

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(colorScheme, () => {
    test.use({ colorScheme });

    test(`from the morning offer to the history and its CSV, in ${colorScheme} mode`, async ({
      page,
      host,
    }) => {
      await mkdir(screenshotDir, { recursive: true });

      // Nothing is offered before the time; at 08:05 the prompt window shows the offer.
      await host.advance(4 * MINUTE);
      expect(host.windows.nudgeOpen).toBe(false);
      await host.advance(MINUTE + 1_000);
      const prompt = host.windows.nudgePage();
      const offer = morningOfferPage(prompt);
      await expect(offer.heading).toBeVisible();
      await expect(prompt.getByText('7 stretches, about 9 minutes')).toBeVisible();
      await expect(prompt.getByText('Later asks again in 30 minutes.')).toBeVisible();
      // Main shows it inactive, and nothing in it grabs focus.
      expect(await prompt.evaluate(() => document.activeElement === document.body)).toBe(true);
      for (const button of [offer.start, offer.later, offer.notToday]) {
        const box = await button.boundingBox();
        expect(box!.x + box!.width).toBeLessThanOrEqual(nudgeWindowSize.width);
        expect(box!.y + box!.height).toBeLessThanOrEqual(nudgeWindowSize.height);
      }
      await expectAccessible(prompt, 'offering the morning routine');
      await prompt.screenshot({ path: join(screenshotDir, `morning-offer-${colorScheme}.png`) });

      // Once clicked in, the keyboard answers: Tab to Start, Enter.
      await prompt.locator('main').click({ position: { x: 4, y: 4 } });
      await prompt.keyboard.press('Tab');
      await expect(offer.start).toBeFocused();
      await prompt.keyboard.press('Enter');
      await host.settle();
      expect(host.windows.nudgeOpen).toBe(false);

      // The routine opens in the player; the safety note first, then all the way through.
      const player = playerPage(page);
      await player.safetyNoteAccept.click();
      await host.settle();
      await host.advance(totalMs(host), { jump: true });
      await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();

      // After the morning routine: how does the back feel? One tap, and thanks.
      const question = page.getByRole('group', { name: 'How does your back feel today?' });
      await expect(question).toBeVisible();
      await page.screenshot({ path: join(screenshotDir, `stiffness-question-${colorScheme}.png`) });
      await page.getByRole('button', { name: '3', exact: true }).click();
      await expect(page.getByText('Thanks, noted: 3 out of 10.')).toBeVisible();
      await expect(question).toBeHidden();
      await page.screenshot({ path: join(screenshotDir, `stiffness-thanks-${colorScheme}.png`) });

      // Later that morning a nudge is answered with a desk break, so the week has a break.
      await page.getByRole('button', { name: 'Close' }).click();
      await host.advance(45 * MINUTE, { jump: true });
      await nudgePage(host.windows.nudgePage()).stretchNow.click();
      await host.settle();
      await host.advance(totalMs(host), { jump: true });
      await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();
      // Not the morning routine: no question, but the way to the history is there.
      await expect(question).toBeHidden();
      await page.getByRole('button', { name: 'See your history' }).click();
      await host.settle();

      const historyWindow = host.windows.pageOf('history');
      await historyWindow.setViewportSize(historyWindowSize);
      const history = historyPage(historyWindow);
      await expect(history.heading).toBeVisible();
      await expect(history.streak).toContainText('1 day');
      await expect(history.streak).toContainText('Best: 1 day');
      // Monday: one break for the one nudge, the two routines' minutes, and the sit before it.
      const monday = history.weekRow('Mon');
      await expect(monday.getByRole('cell').nth(0)).toHaveText('1');
      await expect(monday.getByRole('cell').nth(1)).toHaveText('1 of 1 taken');
      await expect(monday.getByRole('cell').nth(2)).toHaveText(/^\d+ min$/);
      await expect(history.weekRow('Tue')).toContainText('–');
      await expect(history.breaksChart).toHaveAccessibleName(/1 break on 1 day/);
      await expect(history.stiffnessChart).toHaveAccessibleName(/the latest 3 on 5 Jan/);
      await historyWindow.screenshot({ path: join(screenshotDir, `history-${colorScheme}.png`) });

      // The CSV: main's save dialog picks the place; the window says where it went.
      await history.exportCsv.click();
      await host.settle();
      await expect(history.exportResult).toHaveText(
        'Saved to /home/user/Documents/limber-history-2026-01-05.csv',
      );
      await history.exportCsv.scrollIntoViewIfNeeded();
      await historyWindow.screenshot({
        path: join(screenshotDir, `history-charts-${colorScheme}.png`),
      });
      const [csv] = host.saveDialog.saved;
      const rows = csv!.text.split('\r\n');
      expect(rows[0]).toMatch(/^type,date,local_time,routine,outcome/);
      expect(rows.some((row) => /^routine,2026-01-05,.*,morning-in-bed,completed,/.test(row))).toBe(
        true,
      );
      expect(rows.some((row) => /^stiffness,2026-01-05,/.test(row) && row.includes(',3,'))).toBe(
        true,
      );

      // A dialog closed without saving is said plainly too.
      host.saveDialog.answerNext({ saved: false, reason: 'cancelled' });
      await history.exportCsv.click();
      await host.settle();
      await expect(history.exportResult).toHaveText('Nothing was saved.');
    });

    test(`the history window is kind when there is nothing yet, in ${colorScheme} mode`, async ({
      host,
    }) => {
      await mkdir(screenshotDir, { recursive: true });
      host.runtime.actions.openHistory();
      await host.settle();
      const historyWindow = host.windows.pageOf('history');
      await historyWindow.setViewportSize(historyWindowSize);
      const history = historyPage(historyWindow);
      await expect(history.empty).toBeVisible();
      await expect(historyWindow.getByText(/choose Morning routine/)).toBeVisible();
      await expect(history.exportCsv).toBeHidden();
      await historyWindow.screenshot({
        path: join(screenshotDir, `history-empty-${colorScheme}.png`),
      });
    });
  });
}
