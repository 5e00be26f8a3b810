import { expect, test } from './host/fixture';
import { keep } from './screenshot-matrix';

/**
 * The player's first frame is in its page, not in its scripts: while they are still on their
 * way, the window already shows the Loading… line in the theme rather than a blank window.
 */
test.use({ colorScheme: 'dark' });

test('shows Loading… in the theme before its scripts have run, then the routine', async ({
  page,
  host,
}) => {
  let releaseScripts = () => {};
  const scriptsHeld = new Promise<void>((resolve) => (releaseScripts = resolve));
  // Held here, then served by the host's own handler.
  await page.route('**/assets/*.js', async (route) => {
    await scriptsHeld;
    await route.fallback();
  });

  host.runtime.actions.startMorningRoutine();
  // Straight in #app: the page's own line. The view, once mounted, wraps its line in its window.
  const pageLine = page.locator('#app > .page-loading');
  await expect(pageLine).toHaveText('Loading…');
  const look = await pageLine.evaluate((line) => ({
    background: getComputedStyle(document.body).backgroundColor,
    padding: getComputedStyle(line).paddingLeft,
  }));
  // Styled already: the dark theme's background, and the line set in from the edge.
  expect(look.background).not.toMatch(/^rgba\(0, 0, 0, 0\)$|^rgb\(255, 255, 255\)$/);
  expect(look.padding).toBe('30px');
  await keep(page, 'player-loading', 'dark');

  releaseScripts();
  await host.settle();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(pageLine).toHaveCount(0);
  await expect(page.getByText('Loading…')).toHaveCount(0);
});
