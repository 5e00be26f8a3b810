import { expectAccessible } from './host/axe';
import { expect, test } from './host/fixture';
import { totalMs } from './host/flows';
import { nudgePage, sittingStatusSeenBy } from './host/nudge-page';
import { playerPage } from './host/player-page';

const MIN = 60_000;

test('at the limit a nudge comes; a snooze brings it back; the stretch resets the bout', async ({
  page,
  host,
}) => {
  // At the desk, typing: idle reads 0 all along.
  await host.advance(44 * MIN, { jump: true });
  expect(host.notifier.shown).toHaveLength(0);
  expect(host.windows.nudgeOpen).toBe(false);

  await host.advance(1 * MIN, { jump: true });
  expect(host.notifier.open()).toMatchObject([{ title: 'Time to stand up' }]);
  const first = nudgePage(host.windows.nudgePage());
  await expect(first.heading).toBeVisible();
  await expect(first.sittingLine).toHaveText("You've been sitting for 45 min");
  await expectAccessible(host.windows.nudgePage(), 'nudging');

  await first.snooze(5).click();
  await host.settle();
  expect(host.windows.nudgeOpen).toBe(false);
  expect(host.notifier.open()).toHaveLength(0);

  // The snooze runs out: the prompt returns, with the time sat since.
  await host.advance(4 * MIN, { jump: true });
  expect(host.windows.nudgeOpen).toBe(false);
  await host.advance(1 * MIN, { jump: true });
  expect(host.notifier.shown).toHaveLength(2);
  const second = nudgePage(host.windows.nudgePage());
  await expect(second.sittingLine).toHaveText("You've been sitting for 50 min");

  // "Stretch now" opens the desk break in the player and takes the prompt away.
  await second.stretchNow.click();
  await host.settle();
  expect(host.windows.nudgeOpen).toBe(false);
  const player = playerPage(page);
  await player.safetyNoteAccept.click();
  await host.settle();
  await expect(page.getByText('Desk break')).toBeVisible();

  await host.advance(totalMs(host), { jump: true });
  await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();
  const status = await sittingStatusSeenBy(page);
  expect(status.boutMs).toBeLessThan(1 * MIN);
  expect(status.text).toMatch(/^Sitting 0 min · stretch in 45 min$/);
  expect(host.notifier.shown).toHaveLength(2);
});

test('a break away from the desk resets the bout, with no nudge for the time before it', async ({
  page,
  host,
}) => {
  await host.openPlayer();
  await host.advance(30 * MIN, { jump: true });
  expect((await sittingStatusSeenBy(page)).text).toMatch(/^Sitting 30 min/);

  // They get up: no input for 8 minutes, longer than a natural break (5 min).
  host.idle.stopInput();
  await host.advance(8 * MIN, { jump: true });
  expect(await sittingStatusSeenBy(page)).toMatchObject({ away: true, text: 'Away', boutMs: null });

  // Back at the keyboard: the bout starts again from zero, noticed within a minute.
  host.idle.typing();
  await host.advance(1 * MIN, { jump: true });
  const back = await sittingStatusSeenBy(page);
  expect(back.away).toBe(false);
  expect(back.boutMs).toBeLessThanOrEqual(1 * MIN);

  // The 45 minutes count from the return, not from the morning.
  await host.advance(43 * MIN, { jump: true });
  expect(host.notifier.shown).toHaveLength(0);
  expect(host.windows.nudgeOpen).toBe(false);
  await host.advance(3 * MIN, { jump: true });
  expect(host.notifier.shown).toHaveLength(1);
  await expect(nudgePage(host.windows.nudgePage()).heading).toBeVisible();
});

test('the prompt can be answered from the keyboard alone, in reading order', async ({ host }) => {
  await host.advance(45 * MIN, { jump: true });
  const page = host.windows.nudgePage();
  const prompt = nudgePage(page);
  await expect(prompt.heading).toBeVisible();

  await page.keyboard.press('Tab');
  await expect(prompt.stretchNow).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(prompt.skip).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(prompt.snooze(5)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(prompt.snooze(10)).toBeFocused();
  // Enter activates a button on keydown, and the answer closes this window: a full press would
  // race its keyup against the page closing, so press down and wait for the close.
  const closed = page.waitForEvent('close');
  await page.keyboard.down('Enter');
  await closed;
  await host.settle();

  // Snoozed for 10 minutes: gone now, back after 10, not after 5.
  expect(host.windows.nudgeOpen).toBe(false);
  await host.advance(9 * MIN, { jump: true });
  expect(host.notifier.shown).toHaveLength(1);
  await host.advance(1 * MIN, { jump: true });
  expect(host.notifier.shown).toHaveLength(2);
});
