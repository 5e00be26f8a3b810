import type { Page } from '@playwright/test';

import { expect, test } from './host/fixture';
import { findStep, justAfterMs, startMorningFromTray } from './host/flows';

/** The transform transitions running in the page: the breath pacer's growing or shrinking. */
function shapeChanges(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      document
        .getAnimations()
        .filter(
          (a) =>
            a instanceof CSSTransition &&
            a.transitionProperty === 'transform' &&
            a.playState === 'running',
        ).length,
  );
}

test('paused mid-breath, the breath pacer stops where it is', async ({ page, host }) => {
  const player = await startMorningFromTray(host, page);
  for (let skips = 0; skips < 40 && !(await player.breathe.isVisible()); skips++) {
    host.runtime.session.control('next');
    await host.settle();
  }
  const flow = findStep(host, (s) => s.kind === 'flow');
  await host.advance((flow.breath?.inhaleMs ?? 0) + justAfterMs);
  await expect(player.breathe).toHaveText('Breathe out');
  // The disc shrinks through the out-breath, in the browser's own (real) time.
  await expect.poll(() => shapeChanges(page)).toBe(1);
  const disc = await page.evaluateHandle(
    () => (document.getAnimations()[0]?.effect as KeyframeEffect).target as Element,
  );
  const width = () => disc.evaluate((element) => element.getBoundingClientRect().width);
  const widthWhenPaused = await width();

  await player.pause.click();
  await expect(player.resume).toBeVisible();
  expect(await shapeChanges(page)).toBe(0);
  // Held at the size it had, not jumped to the end of the breath.
  expect(Math.abs((await width()) - widthWhenPaused)).toBeLessThan(4);
  await host.advance(3_000);
  expect(Math.abs((await width()) - widthWhenPaused)).toBeLessThan(4);
});
