import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, type ElectronApplication, expect, test } from '@playwright/test';

import { windowPageUrl } from '../../src-main/app/app-origin';
import { CONTENT_SECURITY_POLICY } from '../../src-main/app/csp';
import { playerPage } from '../e2e/host/player-page';
import { settingsPage } from '../e2e/host/settings-page';
import {
  clickTrayItem,
  isRunning,
  recordTray,
  rendererPids,
  trayMenuLabels,
  trayRecord,
  windowCspHeaders,
  windowSecurity,
} from './app-probe';
import { electronPathOrExit } from './runtime';

const root = resolve(import.meta.dirname, '../..');
const electronPath = electronPathOrExit();

let app: ElectronApplication;
let profileDir: string;

/** A profile of its own: the test never meets, or locks out, a Limber the user is running. */
const profileSwitch = () => `--user-data-dir=${profileDir}`;

/** The environment without ELECTRON_RUN_AS_NODE, which would start Electron as plain Node. */
function appEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
  }
  return env;
}

async function launch(...words: string[]): Promise<ElectronApplication> {
  return _electron.launch({ args: ['.', profileSwitch(), ...words], cwd: root, env: appEnv() });
}

/** `limber <words>` as a keyboard shortcut runs it while Limber is up; resolves when it exits. */
function launchAgain(...words: string[]): Promise<{ code: number | null; stderr: string }> {
  // Playwright turns the OS sandbox off for the app under test on Linux; the same here.
  const sandbox = process.platform === 'linux' ? ['--no-sandbox'] : [];
  const child = spawn(electronPath, [...sandbox, '.', profileSwitch(), ...words], {
    cwd: root,
    env: appEnv(),
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done) => child.on('exit', (code) => done({ code, stderr })));
}

const visibleWindows = () =>
  app.evaluate(
    ({ BrowserWindow }) => BrowserWindow.getAllWindows().filter((w) => w.isVisible()).length,
  );

test.beforeEach(async () => {
  profileDir = mkdtempSync(join(tmpdir(), 'limber-smoke-'));
  app = await launch();
});

test.afterEach(async () => {
  await app.close(); // resolves at once for an app that already quit
  rmSync(profileDir, { recursive: true, force: true });
});

test('starts in the tray with no window, and the tray follows a pause sent from the command line', async () => {
  await recordTray(app);
  const paused = await launchAgain('pause', '30m');
  expect(paused).toEqual({ code: 0, stderr: '' });
  await expect
    .poll(async () => (await trayRecord(app)).tooltips)
    .toContainEqual(expect.stringMatching(/^Limber · Paused until/));
  expect(await visibleWindows()).toBe(0);
});

test('a day with Limber: the tray, a routine from its menu to the end, settings, then Quit', async () => {
  await recordTray(app);
  // The tray shows its icon file: redraw it as a change of system theme would.
  await app.evaluate(({ nativeTheme }) => {
    nativeTheme.emit('updated');
  });
  expect((await trayRecord(app)).images).toEqual([{ empty: false, width: 16, height: 16 }]);

  // Any change of status rebuilds the menu: a pause from the command line, then Resume in it.
  expect(await launchAgain('pause', '30m')).toEqual({ code: 0, stderr: '' });
  await expect.poll(() => trayMenuLabels(app)).toContain('Resume reminders');
  await clickTrayItem(app, 'resume');
  await expect.poll(() => trayMenuLabels(app)).toContain('Pause reminders');

  // "Stand up & stretch now", the safety note once, then Skip through to the end.
  const playerOpened = app.waitForEvent('window');
  await clickTrayItem(app, 'desk-break');
  const player = await playerOpened;
  const controls = playerPage(player);
  await controls.safetyNoteAccept.click();
  const done = player.getByRole('heading', { name: 'Well done' });
  for (let skips = 0; skips < 60; skips++) {
    await expect(controls.skip.or(done)).toBeVisible();
    if (await done.isVisible()) break;
    await controls.skip.click();
  }
  await expect(done).toBeVisible();

  const settingsOpened = app.waitForEvent('window');
  await clickTrayItem(app, 'settings');
  const settings = await settingsOpened;
  await expect(settingsPage(settings).heading).toBeVisible();

  // Every window: sandboxed and isolated without Node, served with the CSP and held to it.
  const security = await windowSecurity(app);
  expect(security.map((window) => window.url).sort()).toEqual([
    windowPageUrl('player'),
    windowPageUrl('settings'),
  ]);
  for (const window of security) {
    expect(window).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    });
  }
  expect(await windowCspHeaders(app)).toEqual([CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY]);
  for (const page of [player, settings]) {
    const fetched = await page.evaluate(() =>
      fetch(location.href).then(
        () => 'allowed',
        () => 'blocked',
      ),
    );
    expect(fetched).toBe('blocked');
  }
  const renderers = await rendererPids(app);
  expect(renderers).toHaveLength(2);

  // The end screen's Close closes the player, renderer and all.
  const playerClosed = player.waitForEvent('close');
  await player.getByRole('button', { name: 'Close' }).click();
  await playerClosed;

  // Quit from the tray: the app exits 0 and leaves no renderer behind.
  const exited = new Promise<number | null>((resolve) =>
    app.process().once('exit', (code) => resolve(code)),
  );
  // The app may be gone before it answers the click.
  await clickTrayItem(app, 'quit').catch(() => undefined);
  expect(await exited).toBe(0);
  await expect.poll(() => renderers.filter(isRunning)).toEqual([]);
});

test('a second launch with `desk-break` opens a sandboxed player', async () => {
  const opened = app.waitForEvent('window');
  expect(await launchAgain('desk-break')).toEqual({ code: 0, stderr: '' });
  const page = await opened;
  await expect(page).toHaveURL('app://limber/player.html');

  const preferences = (await windowSecurity(app)).map(({ url: _url, ...prefs }) => prefs);
  expect(preferences).toEqual([
    { sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true },
  ]);

  expect(await page.evaluate(() => typeof require)).toBe('undefined');
  const apiTypes = await page.evaluate(() =>
    Object.values(window.limber ?? { missing: 'window.limber' }).map((value) => typeof value),
  );
  expect(apiTypes.length).toBeGreaterThan(0);
  expect(new Set(apiTypes)).toEqual(new Set(['function']));

  const document = await page.reload();
  expect(await document?.headerValue('content-security-policy')).toContain("default-src 'none'");
  // Enforced, not only sent: the page may not fetch anything, even from its own origin.
  const fetched = await page.evaluate(() =>
    fetch(location.href).then(
      () => 'allowed',
      () => 'blocked',
    ),
  );
  expect(fetched).toBe('blocked');
});

test('a second launch with a bad command exits 2, says why, and leaves the app alone', async () => {
  const refused = await launchAgain('desk-brake');
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain("Unknown command 'desk-brake'. Try: morning, desk-break");
  expect(await visibleWindows()).toBe(0);
  expect(app.windows()).toHaveLength(0);
});

test('a first launch runs its own command once ready', async () => {
  await app.close();
  app = await launch('settings');
  const page = app.windows()[0] ?? (await app.waitForEvent('window'));
  await expect(page).toHaveURL('app://limber/settings.html');
});
