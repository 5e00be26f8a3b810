import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

import { expect, test } from './host/fixture';
import { nudgeWindowSize } from './host/hosted-windows';
import { nudgePage } from './host/nudge-page';
import { screenshotDir } from './host/paths';

/** The prompt as it appears in its small corner window, in both schemes. Saved, not compared. */
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(colorScheme, () => {
    test.use({ colorScheme, reducedMotion: 'reduce' });

    test(`the nudge prompt fits its window in ${colorScheme} mode`, async ({ host }) => {
      await mkdir(screenshotDir, { recursive: true });
      await host.advance(45 * 60_000, { jump: true });
      const page = host.windows.nudgePage();
      const prompt = nudgePage(page);
      await expect(prompt.heading).toBeVisible();

      // Everything the user needs is inside the window, with nothing cut off or scrolled.
      for (const control of [prompt.stretchNow, prompt.skip, prompt.snooze(20)]) {
        const box = await control.boundingBox();
        expect(box).not.toBeNull();
        expect(box!.x + box!.width).toBeLessThanOrEqual(nudgeWindowSize.width);
        expect(box!.y + box!.height).toBeLessThanOrEqual(nudgeWindowSize.height);
      }
      const scrolls = await page.evaluate(
        () => document.documentElement.scrollHeight > window.innerHeight,
      );
      expect(scrolls).toBe(false);
      // Main shows it inactive: nothing in it has focus.
      expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

      await page.screenshot({ path: join(screenshotDir, `nudge-prompt-${colorScheme}.png`) });
    });
  });
}
