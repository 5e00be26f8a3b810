import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;
const alias = { '@shared': resolve(root, 'shared') };

export default defineConfig({
  test: {
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]]
      : ['default'],
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          // Importing `electron` in Node tries to download the runtime: every unit test gets the fake.
          setupFiles: [resolve(root, 'tests/support/electron-mock.ts')],
          server: { deps: { inline: ['electron-store', 'conf'] } },
        },
      },
      {
        plugins: [svelte({ configFile: resolve(root, 'svelte.config.js') })],
        resolve: { conditions: ['browser'], alias },
        test: {
          name: 'component',
          environment: 'happy-dom',
          include: ['tests/component/**/*.test.ts'],
          setupFiles: [resolve(root, 'tests/support/component-setup.ts')],
        },
      },
    ],
  },
});
