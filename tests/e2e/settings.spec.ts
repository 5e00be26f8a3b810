import { audioProbeScript, cueStarts } from './host/audio-probe';
import { expect, test } from './host/fixture';
import {
  closeSettings,
  openSettingsFromTray,
  settingsInMain,
  settingsPage,
} from './host/settings-page';

test('changed settings are kept when the window is opened again', async ({ host }) => {
  const page = await openSettingsFromTray(host);
  const settings = settingsPage(page);
  await expect(settings.sittingLimit).toHaveValue('45');

  await settings.sittingLimit.fill('30');
  await settings.sittingLimit.press('Enter');
  await expect(settings.status).toHaveText('Saved');
  await settings.openSection('Morning');
  await settings.morningTime.fill('06:45');
  await settings.morningTime.blur();
  await expect.poll(async () => (await settingsInMain(host)).morning.time).toBe('06:45');
  expect((await settingsInMain(host)).reminders.sittingLimitMin).toBe(30);

  await closeSettings(host, page);
  const reopened = settingsPage(await openSettingsFromTray(host));
  // The window opens on the section it was closed on.
  await expect(reopened.morningTime).toHaveValue('06:45');
  await reopened.openSection('Reminders');
  await expect(reopened.sittingLimit).toHaveValue('30');

  await reopened.heading.page().reload();
  await expect(reopened.sittingLimit).toHaveValue('30');
  await reopened.openSection('Morning');
  await expect(reopened.morningTime).toHaveValue('06:45');
});

test('an invalid value says what to type, marked Not saved, keeps the text and changes nothing in main', async ({
  host,
}) => {
  const before = await settingsInMain(host);
  const page = await openSettingsFromTray(host);
  const settings = settingsPage(page);

  await settings.sittingLimit.fill('500');
  await settings.sittingLimit.press('Tab');
  await expect(settings.sittingLimit).toHaveAttribute('aria-invalid', 'true');
  expect(await settings.descriptionOf(settings.sittingLimit)).toBe(
    'Not saved Use a whole number from 10 to 180 minutes',
  );
  await expect(page.getByText('Use a whole number from 10 to 180 minutes')).toBeVisible();
  await expect(settings.sittingLimit).toHaveValue('500');
  await host.settle();
  expect(await settingsInMain(host)).toEqual(before);
});

test.describe('the volume slider', () => {
  test.use({ hostOptions: { initScripts: [audioProbeScript] } });

  test('saves where it is let go, and Test sound plays the chime even with sound cues off', async ({
    host,
  }) => {
    const page = await openSettingsFromTray(host);
    await settingsPage(page).openSection('Cues');
    await page.getByLabel('Play sound cues').uncheck();
    const volume = page.getByLabel('Volume');
    await volume.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await settingsInMain(host)).cues.volume).toBe(55);
    await expect(page.getByText('55 %')).toBeVisible();

    expect(await cueStarts(page)).toBe(0);
    await page.getByRole('button', { name: 'Test sound' }).click();
    // The hold chime: two notes.
    await expect.poll(() => cueStarts(page)).toBe(2);
    expect((await settingsInMain(host)).cues.soundEnabled).toBe(false);
  });
});
