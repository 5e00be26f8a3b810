import type { Page } from '@playwright/test';

import { expectAccessible } from './host/axe';
import { expect, test } from './host/fixture';
import { nudgeWindowSize } from './host/hosted-windows';
import { nudgePage } from './host/nudge-page';
import { keep, schemes } from './screenshot-matrix';

const MIN = 60_000;

/** Where each of `page`'s buttons sits, and how tall it is. */
async function buttonBoxes(page: Page) {
  const boxes = [];
  for (const button of await page.getByRole('button').all()) {
    const box = await button.boundingBox();
    expect(box).not.toBeNull();
    boxes.push({ name: await button.textContent(), ...box! });
  }
  return boxes;
}

/**
 * The prompt in its small corner window at its fullest: four snooze lengths, and a reminder
 * that came back three times. Saved in both schemes for people to look at, not compared.
 */
for (const scheme of schemes) {
  test.describe(scheme, () => {
    test.use({ colorScheme: scheme, reducedMotion: 'reduce' });

    test(`the nudge prompt with four snooze lengths fits its window in ${scheme} mode`, async ({
      host,
    }) => {
      host.runtime.settings.update({ reminders: { snoozeOptionsMin: [5, 10, 20, 30] } });
      await host.advance(45 * MIN, { jump: true });
      // Left unanswered, it comes back; the fourth time says so.
      for (let minutes = 0; minutes < 60 && !host.windows.nudgeOpen; minutes++) {
        await host.advance(MIN, { jump: true });
      }
      const page = host.windows.nudgePage();
      const prompt = nudgePage(page);
      for (let minutes = 0; minutes < 60; minutes++) {
        if (/reminder 4$/.test((await prompt.sittingLine.textContent()) ?? '')) break;
        await host.advance(MIN, { jump: true });
      }
      await expect(prompt.sittingLine).toHaveText(/^You've been sitting for .+\s· reminder 4$/);

      // Everything fits, nothing scrolls, and each snooze length stays on one line in one row.
      const boxes = await buttonBoxes(page);
      for (const box of boxes) {
        expect(box.x + box.width, `${box.name} inside`).toBeLessThanOrEqual(nudgeWindowSize.width);
        expect(box.y + box.height, `${box.name} inside`).toBeLessThanOrEqual(
          nudgeWindowSize.height,
        );
      }
      const snoozes = boxes.filter((box) => /min$/.test(box.name ?? ''));
      expect(snoozes).toHaveLength(4);
      for (const box of snoozes) {
        expect(box.y, `${box.name} in the row`).toBe(snoozes[0]!.y);
        expect(box.height, `${box.name} on one line`).toBe(snoozes[0]!.height);
      }
      const lineHeight = await prompt
        .snooze(30)
        .evaluate((b) => parseFloat(getComputedStyle(b).lineHeight));
      expect(snoozes[0]!.height).toBeLessThan(2 * lineHeight);
      expect(
        await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight),
      ).toBe(false);
      // Main shows it inactive: nothing in it has focus.
      expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

      await expectAccessible(page, 'with four snooze lengths');
      await keep(page, 'nudge-prompt', scheme);
    });
  });
}
