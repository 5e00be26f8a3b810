import { expect, test as base } from '@playwright/test';

import { type AppHost, type AppHostOptions, createAppHost } from './app-host';
import { expectAccessible } from './axe';

/**
 * `test` with a `host`: every test gets its own page wired to a fresh set of main's services.
 * The test fails if the page logged an error, threw, or hit a CSP violation on the way, or if a
 * window still open at the end has a serious accessibility problem (see ./axe).
 */
export const test = base.extend<{ hostOptions: AppHostOptions; host: AppHost }>({
  hostOptions: [{}, { option: true }],
  host: async ({ page, hostOptions, colorScheme }, use) => {
    // The test's colorScheme plays the operating system's: the theme setting 'system' follows it.
    const host = await createAppHost(page, { systemColorScheme: colorScheme, ...hostOptions });
    await use(host);
    await host.settle().catch(() => undefined);
    expect(host.problems, 'page errors, CSP violations or bad events').toEqual([]);
    for (const page of host.windows.livePages())
      await expectAccessible(page, 'when the test ended');
  },
});

export { expect };
