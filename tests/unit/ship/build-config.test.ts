import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

import viteConfig, { RENDERER_PAGES } from '../../../electron.vite.config';
import { APP_FILES, APP_ICON, appRootFromMain } from '../../../src-main/app/app-files';
import { APP_ID } from '../../../src-main/app/app-identity';
import { WINDOW_PAGES, windowPageUrl } from '../../../src-main/app/app-origin';
import { resolveAsset } from '../../../src-main/electron/asset-path';
import {
  fuseNames,
  loadBuilderConfig,
  packedBy,
  type Platform,
  validateBuilderConfig,
} from './electron-builder';
import { trayFilesLoaded } from './tray-files';

const root = resolve(import.meta.dirname, '../../..');
const config = loadBuilderConfig();
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const PLATFORMS: Platform[] = ['mac', 'win', 'linux'];

/** The repository's files, tracked or new, as git lists them (ignored build output left out). */
const repoFiles = execFileSync(
  'git',
  ['ls-files', '--cached', '--others', '--exclude-standard', '-z'],
  {
    cwd: root,
    encoding: 'utf8',
  },
)
  .split('\0')
  .filter((file) => file !== '' && existsSync(join(root, file)));

/**
 * What `electron-vite build` writes (as seen in a real build), plus the source maps it would
 * add if anyone switched them on: the maps must stay out of the package.
 */
const builtFiles = [
  'out/main/index.js',
  'out/main/index.js.map',
  'out/preload/index.cjs',
  'out/preload/index.cjs.map',
  ...RENDERER_PAGES.map((page) => `out/renderer/${page}.html`),
  'out/renderer/assets/player-B0Icm8t0.css',
  'out/renderer/assets/player-B9Gb6fw3.js',
  'out/renderer/assets/player-B9Gb6fw3.js.map',
  'out/renderer/assets/mount-window-BsRVK5P1.js',
];

/** Project-relative, / separated. */
const rel = (file: string) => relative(root, file).split('\\').join('/');

describe('electron-builder.yml', () => {
  it('is a configuration electron-builder 26 accepts', async () => {
    await expect(validateBuilderConfig(config)).resolves.toBeUndefined();
  });

  it('would be refused if a key were misspelt (the check above can fail)', async () => {
    const misspelt = { ...config, mac: { ...config.mac, extendInfoo: {} } };
    await expect(validateBuilderConfig(misspelt)).rejects.toThrow(/does not match the API schema/);
  });

  it('sets every Electron fuse, each to the safe value', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
    // A fuse that a newer @electron/fuses adds must be decided on, not left at Electron's default.
    expect(Object.keys(config.electronFuses ?? {}).sort()).toEqual(fuseNames().sort());
  });

  it('builds a dmg on macOS, an NSIS installer on Windows, an AppImage and a deb on Linux', () => {
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
  });

  it('makes Limber a menu-bar app on macOS, with no Dock icon', () => {
    expect(config.mac?.extendInfo).toEqual({ LSUIElement: true });
  });

  it('installs on Windows under the id the app files its notifications under', () => {
    expect(config.appId).toBe(APP_ID);
  });

  it('gives Linux a desktop entry that the running windows are grouped under', () => {
    const entry = config.linux?.desktop?.entry ?? {};
    expect(entry).toMatchObject({ Name: config.productName, Categories: 'Utility;' });
    expect(entry.Comment).toMatch(/stretch/);
    // Electron names its windows after package.json's desktopName (Wayland app_id, X11 class).
    expect(packageJson.desktopName).toBe('limber.desktop');
    expect(entry.StartupWMClass).toBe(packageJson.desktopName.replace(/\.desktop$/, ''));
    expect(config.linux?.syncDesktopName).toBe(true);
  });

  it('points every platform at an icon made by scripts/make-icons.mjs', () => {
    expect(config.mac?.icon).toBe('resources/icon.icns');
    expect(config.win?.icon).toBe('resources/icon.ico');
    expect(config.linux?.icon).toBe('resources/icons');
    for (const icon of [config.mac?.icon, config.win?.icon, APP_ICON]) {
      expect(existsSync(join(root, icon ?? '')), icon ?? '').toBe(true);
    }
    expect(readdirSync(join(root, 'resources/icons'))).toContain('512x512.png');
  });
});

describe('what gets packed', () => {
  for (const platform of PLATFORMS) {
    it(`${platform}: from the repository, only the icons and package.json`, () => {
      const packed = packedBy(config, platform);
      const shipped = repoFiles.filter(packed);
      expect(shipped).toContain('package.json');
      expect(
        shipped.filter((file) => file !== 'package.json' && !file.startsWith('resources/')),
      ).toEqual([]);
      // Sources, tests and configs stay behind.
      for (const file of [
        'src-main/index.ts',
        'tests/unit/ship/build-config.test.ts',
        'tsconfig.json',
      ]) {
        expect(repoFiles, `${file} should exist for this check to mean anything`).toContain(file);
        expect(packed(file), file).toBe(false);
      }
    });

    it(`${platform}: the built app, without source maps`, () => {
      const packed = packedBy(config, platform);
      expect(builtFiles.filter(packed)).toEqual(
        builtFiles.filter((file) => !file.endsWith('.map')),
      );
    });

    it(`${platform}: every file the app loads at run time`, () => {
      const packed = packedBy(config, platform);
      const app = '/app';
      const rendererDir = join(app, APP_FILES.renderer);
      const loaded = [
        APP_FILES.main,
        APP_FILES.preload,
        // The page each window opens, as the app:// handler resolves it.
        ...Object.keys(WINDOW_PAGES).map((kind) =>
          rel(
            resolveAsset(rendererDir, windowPageUrl(kind as keyof typeof WINDOW_PAGES))?.replace(
              app,
              root,
            ) ?? 'unresolved',
          ),
        ),
        ...trayFilesLoaded(join(root, APP_FILES.resources)).map(rel),
        APP_ICON,
      ];
      expect(loaded.filter((file) => !packed(file))).toEqual([]);
      // ...and every one of them is a file the repository or the build provides.
      for (const file of loaded.filter((file) => !file.startsWith('out/'))) {
        expect(repoFiles, file).toContain(file);
      }
      for (const file of loaded.filter((file) => file.startsWith('out/'))) {
        expect(builtFiles, file).toContain(file);
      }
    });
  }
});

describe('the paths main uses and the build writes', () => {
  it('package.json starts the built main file, and main finds the app root from there', () => {
    expect(posix.normalize(packageJson.main)).toBe(APP_FILES.main);
    expect(appRootFromMain(join('/app', dirname(APP_FILES.main)))).toBe('/app');
  });

  it('electron-vite writes main, preload and renderer where main looks for them', () => {
    const preloadOutput = viteConfig.preload?.build?.rollupOptions?.output;
    const entryFileNames = Array.isArray(preloadOutput) ? undefined : preloadOutput?.entryFileNames;
    const preloadInput = viteConfig.preload?.build?.rollupOptions?.input as Record<string, string>;
    expect(viteConfig.main?.build?.outDir).toBe(dirname(APP_FILES.main));
    expect(
      posix.join(
        viteConfig.preload?.build?.outDir ?? '',
        String(entryFileNames).replace('[name]', Object.keys(preloadInput)[0] ?? ''),
      ),
    ).toBe(APP_FILES.preload);
    expect(rel(viteConfig.renderer?.build?.outDir ?? '')).toBe(APP_FILES.renderer);
  });

  it('builds a page for every window main opens, from the renderer sources', () => {
    const input = viteConfig.renderer?.build?.rollupOptions?.input as Record<string, string>;
    const built = Object.keys(input).map((page) => `${page}.html`);
    expect(
      [...new Set(Object.values(WINDOW_PAGES))].filter((page) => !built.includes(page)),
    ).toEqual([]);
    for (const source of Object.values(input)) expect(repoFiles).toContain(rel(source));
  });
});
