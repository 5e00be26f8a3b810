import { expect, test } from './host/fixture';
import { startMorningFromTray, totalMs } from './host/flows';

test('the routine completes by itself when its time runs out, with no input', async ({
  page,
  host,
}) => {
  const player = await startMorningFromTray(host, page);
  await expect(player.stretchName).toHaveText(/^Hip flexor/);

  await host.advance(totalMs(host), { jump: true });

  await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();
  await expect(player.timeSpent).toBeVisible();
  const records = host.runtime.log.records();
  expect(records).toHaveLength(1);
  expect(records[0]).toMatchObject({
    routineId: 'morning-in-bed',
    outcome: 'completed',
    activeMs: totalMs(host),
  });
});

test('Escape asks before ending: "Keep going" carries on, "End routine" ends early', async ({
  page,
  host,
}) => {
  const player = await startMorningFromTray(host, page);
  await host.advance(15_000);
  const before = await player.secondsLeft();

  await page.keyboard.press('Escape');
  await expect(player.confirmEnd).toBeVisible();
  await player.keepGoing.click();
  await expect(player.confirmEnd).toBeHidden();
  await host.advance(3_000);
  // Still running: the countdown moved on, and nothing was recorded.
  expect(await player.secondsLeft()).toBe(before - 3);
  expect(host.runtime.log.records()).toHaveLength(0);

  await page.keyboard.press('Escape');
  await player.endRoutine.click();
  await host.settle();

  await expect(page.getByRole('heading', { name: 'Routine ended' })).toBeVisible();
  const records = host.runtime.log.records();
  expect(records).toHaveLength(1);
  expect(records[0]).toMatchObject({
    routineId: 'morning-in-bed',
    outcome: 'ended-early',
    activeMs: 18_000,
  });
});

test('"Close" on the end screen asks main to close the player window', async ({ page, host }) => {
  await startMorningFromTray(host, page);
  await host.advance(totalMs(host), { jump: true });
  await page.getByRole('button', { name: 'Close' }).click();
  await host.settle();
  await expect.poll(() => host.windows.isOpen).toBe(false);
  // Closing after the end adds no second record.
  expect(host.runtime.log.records()).toHaveLength(1);
});
