import { defineConfig } from '@playwright/test';

/** Debian's Chromium: Playwright's own browser download is not available on every machine. */
const chromiumPath = process.env.LIMBER_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  // For the @shared alias.
  tsconfig: './tsconfig.tests.json',
  // Bundles the in-page bridge (tests/e2e/host/bridge-entry.ts) once per run.
  globalSetup: './tests/e2e/host/global-setup.ts',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: 'test-results/playwright.json' }]]
    : [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 480, height: 640 },
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-dev-shm-usage',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },
});
