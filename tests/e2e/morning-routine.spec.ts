import { expect, test } from './host/fixture';
import { findStep, justAfterMs, startMorningFromTray } from './host/flows';
import { countdownText, playerPage } from './host/player-page';

test('the morning routine runs from the tray to "Well done" and is recorded in main', async ({
  page,
  host,
}) => {
  const player = await startMorningFromTray(host, page);
  expect(host.windows.isOpen).toBe(true);

  // Stretch 1, getting into position: its picture and a countdown.
  await expect(player.stretchName).toHaveText(/^Hip flexor/);
  await expect(player.illustration).toBeVisible();
  await expect(player.progress(1, 7)).toBeVisible();
  const setup = findStep(host, (s) => s.index === 0);
  const hold = findStep(host, (s) => s.kind === 'hold' && s.stretchIndex === 0);
  await expect(player.timeLeft).toHaveText(countdownText(setup.durationMs));

  // Time passes: the setup ends, the right-side hold begins and counts down.
  await host.advance(setup.durationMs + justAfterMs);
  await expect(player.sideLabel('Right leg')).toBeVisible();
  await expect(player.timeLeft).toHaveText(countdownText(hold.durationMs));
  await host.advance(10_000);
  const heldMs = 10_000 + justAfterMs;
  await expect(player.timeLeft).toHaveText(countdownText(hold.durationMs - heldMs));

  // Paused, the countdown stands still however long the user lies there.
  await player.pause.click();
  await expect(player.resume).toBeVisible();
  await host.advance(30_000);
  await expect(player.timeLeft).toHaveText(countdownText(hold.durationMs - heldMs));
  await player.resume.click();
  await host.advance(5_000);
  await expect(player.timeLeft).toHaveText(countdownText(hold.durationMs - heldMs - 5_000));

  // From here on, keyboard only. ArrowRight skips ahead until cat-cow.
  await page.locator('body').focus();
  for (let presses = 0; presses < 40; presses++) {
    // A rest already shows the next stretch's name: wait for cat-cow's own steps.
    const name = (await player.stretchName.textContent()) ?? '';
    if (/^Cat-cow/i.test(name) && (await player.progress(7, 7).isVisible())) break;
    await page.keyboard.press('ArrowRight');
    await host.settle();
  }
  await expect(player.stretchName).toHaveText(/^Cat-cow/i);
  await expect(player.progress(7, 7)).toBeVisible();
  // Cat-cow starts with its setup; one more skip reaches the flow and its breath pacer.
  if (!(await player.breathe.isVisible())) await page.keyboard.press('ArrowRight');
  await host.settle();
  await expect(player.breathe).toHaveText('Breathe in');

  // Space pauses and resumes.
  await page.keyboard.press('Space');
  await host.settle();
  await expect(player.resume).toBeVisible();
  await page.keyboard.press('Space');
  await host.settle();
  await expect(player.pause).toBeVisible();

  // Escape asks first; Escape again (or "Keep going") carries on.
  await page.keyboard.press('Escape');
  await expect(player.confirmEnd).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(player.confirmEnd).toBeHidden();
  await host.settle();
  await expect(player.pause).toBeVisible();

  // Skipping past the last step finishes the routine.
  await host.advance(4_000);
  await page.keyboard.press('ArrowRight');
  await host.settle();
  await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();
  await expect(player.timeSpent).toHaveText(/You stretched for \d+ (min|s)/);

  // The completion reached main: one record, completed, with the time really spent.
  const records = host.runtime.log.records();
  expect(records).toHaveLength(1);
  expect(records[0]).toMatchObject({ routineId: 'morning-in-bed', outcome: 'completed' });
  // Setup, 15 s of the first hold and 4 s of cat-cow; the 30 s pause does not count.
  expect(records[0]?.activeMs).toBe(setup.durationMs + justAfterMs + 15_000 + 4_000);
});

test('until the safety note is accepted, the routine waits at its start', async ({
  page,
  host,
}) => {
  host.runtime.actions.startMorningRoutine();
  await host.settle();
  expect(host.windows.showCount).toBe(1);
  // The safety note comes first, and the routine waits behind it.
  await expect(playerPage(page).safetyNoteAccept).toBeVisible();
  await host.advance(20_000);
  expect(host.runtime.session.snapshot()?.player).toMatchObject({
    status: 'paused',
    positionMs: 0,
  });
});
