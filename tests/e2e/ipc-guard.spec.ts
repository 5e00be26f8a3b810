import { expect, test } from './host/fixture';

test('a forged call with a bad payload is refused as invalid-payload and changes nothing', async ({
  page,
  host,
}) => {
  await host.openPlayer();
  await expect(page.getByRole('heading', { name: 'Ready for a stretch?' })).toBeVisible();

  const result = await page.evaluate(() =>
    // A page script calling past the types, as an attacker (or a bug) would.
    (window.limber!.startRoutine as (payload: unknown) => Promise<unknown>)({ routineId: 'nope' }),
  );

  expect(result).toMatchObject({
    ok: false,
    error: { code: 'invalid-payload', issues: [{ path: 'routineId' }] },
  });
  expect(host.runtime.session.snapshot()).toBeNull();
  await host.settle();
  await expect(page.getByRole('heading', { name: 'Ready for a stretch?' })).toBeVisible();
});

test('a page from another origin is refused as forbidden-sender', async ({ page, host }) => {
  await page.route('http://elsewhere.localhost/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>elsewhere</title>' }),
  );
  await page.goto('http://elsewhere.localhost/');

  const result = await page.evaluate(() =>
    window.limber!.startRoutine({ routineId: 'desk-break' }),
  );

  expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  expect(host.runtime.session.snapshot()).toBeNull();
});
