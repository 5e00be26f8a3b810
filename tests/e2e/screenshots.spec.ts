import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

import { expect, test } from './host/fixture';
import { findStep, startMorningFromTray, totalMs } from './host/flows';
import { screenshotDir } from './host/paths';

/** Saved for people to look at: key screens, in both colour schemes. Not compared. */
for (const colorScheme of ['light', 'dark'] as const) {
  test(`key screens render in ${colorScheme} mode`, async ({ page, host }) => {
    await mkdir(screenshotDir, { recursive: true });
    const shoot = (page: Page, name: string) =>
      page.screenshot({ path: join(screenshotDir, `${name}-${colorScheme}.png`) });
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    const player = await startMorningFromTray(host, page);

    const hold = findStep(host, (s) => s.kind === 'hold' && s.side === 'right');
    await host.advance(hold.startMs + 7_000);
    await expect(player.sideLabel('Right leg')).toBeVisible();
    await shoot(page, 'per-side-hold');

    const flow = findStep(host, (s) => s.kind === 'flow');
    await host.advance(flow.startMs + 2_000 - hold.startMs - 7_000, { jump: true });
    await expect(player.breathe).toBeVisible();
    await shoot(page, 'cat-cow');

    await host.advance(totalMs(host), { jump: true });
    await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();
    await shoot(page, 'end-screen');
  });

  test(`the start screen lists the user's routines in ${colorScheme} mode`, async ({
    page,
    host,
  }) => {
    await mkdir(screenshotDir, { recursive: true });
    host.runtime.settings.update({
      safetyNoteAcknowledged: true,
      routines: {
        custom: [
          { id: 'custom-hips', name: 'Hips and lower back', stretchIds: ['piriformis', 'cat-cow'] },
          { id: 'custom-gentle', name: 'Gentle start', stretchIds: ['cat-cow'] },
        ],
      },
    });
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await host.openPlayer();
    // Each routine with the length main would run it for: 10 s to get into position, then
    // 90 s of cat-cow.
    await expect(page.getByRole('button', { name: 'Gentle start' })).toHaveAccessibleDescription(
      '1 min 40 s',
    );
    await expect(page.getByText(/^Seven .* \d+ min \d+ s\.$/)).toBeVisible();
    await page.screenshot({ path: join(screenshotDir, `start-screen-${colorScheme}.png`) });
  });
}
