import js from '@eslint/js';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

import svelteConfig from './svelte.config.js';

/** Imports that would tie shared/ to one runtime. shared/ must run in main, renderer and tests alike. */
const platformImports = {
  patterns: [
    { group: ['electron', 'electron/*'], message: 'shared/ is pure: no Electron.' },
    { group: ['node:*'], message: 'shared/ is pure: no Node built-ins.' },
    {
      group: ['fs', 'path', 'os', 'child_process', 'crypto', 'events', 'url', 'util', 'stream'],
      message: 'shared/ is pure: no Node built-ins.',
    },
    { group: ['**/src-main/**', '**/src-renderer/**'], message: 'shared/ imports only shared/.' },
  ],
};

/** Main's layering: Electron only in its adapters, and features never reach into them. */
const electronImport = {
  group: ['electron', 'electron/*'],
  message: 'Only src-main/electron/, index.ts and preload.ts import Electron: add a port.',
};
const electronFolderImport = {
  group: ['**/electron/**', '../electron', './electron'],
  message: 'Features take ports; only index.ts wires the Electron adapters in.',
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      // One order everywhere: packages, then @shared, then relative imports.
      'simple-import-sort/imports': [
        'error',
        { groups: [['^\\u0000'], ['^node:', '^@?\\w'], ['^@shared/'], ['^\\.']] },
      ],
      'simple-import-sort/exports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='setInterval']",
          message: 'Schedule for a deadline instead of polling.',
        },
        {
          selector: "CallExpression[callee.property.name='setInterval']",
          message: 'Schedule for a deadline instead of polling.',
        },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: tseslint.parser,
        svelteConfig,
      },
    },
  },
  {
    files: ['src-renderer/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', platformImports],
      // No DOM either: these globals exist only in a browser.
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'HTMLElement',
        'process',
        'Buffer',
        'require',
      ],
    },
  },
  {
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/electron/**', 'src-main/index.ts', 'src-main/preload.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [electronImport, electronFolderImport] }],
    },
  },
  {
    files: ['src-renderer/**/*.ts', 'src-renderer/**/*.svelte'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src-main/**'],
              message: 'The renderer asks main over IPC, never imports it.',
            },
            electronImport,
          ],
        },
      ],
    },
  },
);
