import { FakeBusy } from './host/fake-busy';
import { expect, test as base } from './host/fixture';
import { sittingStatusSeenBy } from './host/nudge-page';
import { openStatusWindow, statusPage } from './host/status-page';

const MIN = 60_000;

/** Every test gets its own detectors, answering "no" until it says otherwise. */
const test = base.extend<{ busy: FakeBusy }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern
  busy: async ({}, use) => use(new FakeBusy()),
  hostOptions: async ({ busy }, use) => use({ busy }),
});

test('the status window pauses, resumes and turns "In a meeting" on and off', async ({ host }) => {
  await host.advance(10 * MIN, { jump: true });
  const page = await openStatusWindow(host);
  const status = statusPage(page);
  await expect(status.line).toHaveText(/^Sitting 10 min/);

  await status.pause(30).click();
  await host.settle();
  await expect(status.line).toHaveText(/^Paused until /);
  await expect(status.pause(30)).toBeHidden();
  await status.resume.click();
  await host.settle();
  await expect(status.line).toHaveText(/^Sitting 10 min/);

  await status.meetingForAnHour.click();
  await host.settle();
  await expect(status.meetingOver).toBeVisible();
  expect((await sittingStatusSeenBy(page)).inMeeting).toBe(true);
  await status.meetingOver.click();
  await host.settle();
  await expect(status.meetingUntilOff).toBeVisible();
  expect((await sittingStatusSeenBy(page)).inMeeting).toBe(false);

  await status.settings.click();
  await host.settle();
  await expect(
    host.windows.settingsPage().getByRole('heading', { name: 'Settings' }),
  ).toBeVisible();
  await status.history.click();
  await host.settle();
  expect(host.windows.isShowing('history')).toBe(true);
});

test('the status window can be worked from the keyboard, in reading order', async ({ host }) => {
  const page = await openStatusWindow(host);
  const status = statusPage(page);
  const order = [
    status.stretchNow,
    status.morning,
    status.pause(30),
    status.pause(60),
    status.pause(120),
    status.pauseUntilMorning,
    page.getByRole('button', { name: 'In a meeting for 30 minutes' }),
    status.meetingForAnHour,
    status.meetingUntilOff,
    status.history,
    status.settings,
  ];
  for (const button of order) {
    await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
  }

  await status.pause(60).focus();
  await page.keyboard.press('Enter');
  await host.settle();
  await expect(status.line).toHaveText(/^Paused until /);
});
