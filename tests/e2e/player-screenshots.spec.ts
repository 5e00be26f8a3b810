import { expectAccessible } from './host/axe';
import { expect, test } from './host/fixture';
import { findStep, justAfterMs, startMorningFromTray } from './host/flows';
import { keep, schemes, windowSizes } from './screenshot-matrix';

/**
 * The player while it guides: each side of a per-side hold, and paused, in both schemes at
 * both window sizes. Each state is also checked with axe, since each looks different.
 */
for (const scheme of schemes) {
  for (const size of windowSizes) {
    test.describe(`${scheme} ${size.width}×${size.height}`, () => {
      test.use({ colorScheme: scheme, reducedMotion: 'reduce', viewport: size });

      test(`each side's hold, and paused, at ${size.width}×${size.height} in ${scheme}`, async ({
        page,
        host,
      }) => {
        const player = await startMorningFromTray(host, page);
        const right = findStep(host, (s) => s.kind === 'hold' && s.side === 'right');
        const left = findStep(
          host,
          (s) => s.kind === 'hold' && s.side === 'left' && s.stretchIndex === right.stretchIndex,
        );

        await host.advance(right.startMs + 5_000, { jump: true });
        await expect(player.sideLabel('Right leg')).toBeVisible();
        await expectAccessible(page, 'holding the right side');
        await keep(page, 'player-hold-right', scheme, size);

        await host.advance(left.startMs + justAfterMs - right.startMs - 5_000, { jump: true });
        await host.advance(5_000);
        await expect(player.sideLabel('Left leg')).toBeVisible();
        await keep(page, 'player-hold-left', scheme, size);

        await player.pause.click();
        await host.settle();
        await expect(page.getByRole('status').getByText('Paused', { exact: true })).toBeVisible();
        await expectAccessible(page, 'paused');
        await keep(page, 'player-paused', scheme, size);

        await player.resume.click();
        await page.keyboard.press('Escape');
        await expect(player.confirmEnd).toBeVisible();
        await expectAccessible(page, 'asking to end');
      });
    });
  }
}
