import { accessibilityProblems } from './host/axe';
import { expect, test } from './host/fixture';

/**
 * The accessibility check every spec runs at teardown must itself catch what it is for: a
 * reference to an id that isn't there, named by its element, and a serious axe finding.
 */
test('the accessibility check names a dangling reference and a serious finding', async ({
  page,
  host,
}) => {
  await host.openPlayer();
  const morning = page.getByRole('button', { name: 'Morning routine' });
  await expect(morning).toBeVisible();
  expect(await accessibilityProblems(page)).toEqual([]);

  await morning.evaluate((button) => button.setAttribute('aria-describedby', 'nowhere'));
  await page
    .getByText('Pick a routine.')
    .evaluate((p) => ((p as HTMLElement).style.color = '#eee'));
  const problems = await accessibilityProblems(page);
  expect(problems).toContainEqual(
    expect.stringMatching(
      /^dangling aria-describedby: <button[^>]*> "Morning routine" points at #nowhere, not in the page$/,
    ),
  );
  expect(problems).toContainEqual(expect.stringMatching(/^color-contrast \(serious\): /));

  // Put right again, so the check at the end of the test passes.
  await morning.evaluate((button) => button.setAttribute('aria-describedby', 'about-morning'));
  await page.getByText('Pick a routine.').evaluate((p) => ((p as HTMLElement).style.color = ''));
});
