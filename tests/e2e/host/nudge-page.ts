import type { Page } from '@playwright/test';

import type { SittingStatus } from '@shared/reminders/nudge-schema';

/** The nudge prompt as a user finds it: by role and accessible name only. */
export function nudgePage(page: Page) {
  return {
    heading: page.getByRole('heading', { name: 'Time to stand up' }),
    sittingLine: page.getByText(/^You've been sitting for /),
    stretchNow: page.getByRole('button', { name: 'Stretch now' }),
    snooze: (minutes: number) =>
      page.getByRole('button', { name: `Snooze ${minutes} min`, exact: true }),
    skip: page.getByRole('button', { name: 'Skip', exact: true }),
  };
}

/** The sitting status, asked of main through the page's own `window.limber`, as a view would. */
export async function sittingStatusSeenBy(page: Page): Promise<SittingStatus> {
  const result = await page.evaluate(() => window.limber!.getSittingStatus());
  if (!result.ok) throw new Error(`getSittingStatus failed: ${result.error.message}`);
  return result.value;
}
