import { dirname, join, relative } from 'node:path';

/**
 * What Limber reads at run time, relative to the app's root: the checkout in development,
 * app.asar once packaged. electron.vite.config.ts writes the built files here and
 * electron-builder.yml must pack every one; a test holds all three to these names. No
 * Electron import, so that test can read them in Node.
 */
export const APP_FILES = {
  /** package.json's `main`. */
  main: 'out/main/index.js',
  preload: 'out/preload/index.cjs',
  /** Served on app:// (each window's page and its assets). */
  renderer: 'out/renderer',
  /** Tray icons and the app icon. */
  resources: 'resources',
} as const;

/** The one drawing every platform's app icon is made from (electron-builder converts it). */
export const APP_ICON = 'resources/icon.png';

/** The app's root, seen from the folder the built main file runs in (`import.meta.dirname`). */
export function appRootFromMain(mainDir: string): string {
  return join(mainDir, relative(dirname(APP_FILES.main), '.'));
}
