import { FakeBusy } from './host/fake-busy';
import { expect, test as base } from './host/fixture';
import { nudgePage, sittingStatusSeenBy } from './host/nudge-page';
import { openStatusWindow, statusPage } from './host/status-page';

const MIN = 60_000;
const SEC = 1_000;

/** Every test gets its own detectors, answering "no" until it says otherwise. */
const test = base.extend<{ busy: FakeBusy }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern
  busy: async ({}, use) => use(new FakeBusy()),
  hostOptions: async ({ busy }, use) => use({ busy }),
});

test('a reminder waits while the camera is on, then comes once, about 30 s after', async ({
  host,
  busy,
}) => {
  busy.set('camera', { state: 'yes' });
  await host.advance(45 * MIN, { jump: true });
  expect(host.windows.nudgeOpen).toBe(false);
  expect(host.notifier.shown).toHaveLength(0);

  const page = await openStatusWindow(host);
  const status = statusPage(page);
  await expect(status.line).toHaveText('Holding your reminder: camera in use');
  expect((await sittingStatusSeenBy(page)).text).toBe('Holding your reminder: camera in use');

  // A long call: still nothing, however long it runs.
  await host.advance(5 * MIN, { jump: true });
  expect(host.windows.nudgeOpen).toBe(false);
  expect(host.notifier.shown).toHaveLength(0);
  await expect(status.line).toHaveText('Holding your reminder: camera in use');

  // The call ends. Limber notices at its next look (about a minute) and waits half a minute.
  busy.set('camera', { state: 'no' });
  let waited = 0;
  while (!host.windows.nudgeOpen && waited < 2 * MIN) {
    await host.advance(5 * SEC, { jump: true });
    waited += 5 * SEC;
  }
  expect(waited).toBeGreaterThanOrEqual(30 * SEC);
  expect(waited).toBeLessThanOrEqual(2 * MIN);
  expect(host.notifier.shown).toHaveLength(1);
  expect(host.windows.nudgeShowCount).toBe(1);

  const sat = Math.floor((await sittingStatusSeenBy(page)).boutMs! / MIN);
  expect(sat).toBeGreaterThanOrEqual(50);
  const prompt = nudgePage(host.windows.nudgePage());
  await expect(prompt.sittingLine).toHaveText(`You've been sitting for ${sat} min`);

  // Delivered means delivered: no second one follows while it waits for an answer.
  await host.advance(2 * MIN, { jump: true });
  expect(host.notifier.shown).toHaveLength(1);
});
