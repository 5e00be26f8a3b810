import { defineConfig } from '@playwright/test';

import { electronPathOrExit } from './tests/electron/runtime';

// Fail fast and plainly when the runtime was never downloaded: nothing here can run without it.
electronPathOrExit();

/**
 * The Electron smoke test (`npm run test:electron`): the built app in the real runtime. Not
 * part of `npm test`, which must pass on machines where the runtime cannot be downloaded.
 */
export default defineConfig({
  testDir: 'tests/electron',
  tsconfig: './tsconfig.tests.json',
  outputDir: 'test-results/electron',
  // One app at a time: each test launches Limber with a profile of its own.
  workers: 1,
  timeout: 60_000,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
});
