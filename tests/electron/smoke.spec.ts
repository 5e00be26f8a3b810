import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, expect, test, type ElectronApplication } from '@playwright/test';
import type { WebContents, WebPreferences } from 'electron';
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
  await app.close();
  rmSync(profileDir, { recursive: true, force: true });
});

test('starts in the tray with no window, and the tray follows a pause sent from the command line', async () => {
  // Electron keeps no list of trays, so record what any tray is told from now on.
  await app.evaluate(({ Tray }) => {
    const tooltips: string[] = [];
    Object.assign(globalThis, { limberTrayTooltips: tooltips });
    const setToolTip = Tray.prototype.setToolTip;
    Tray.prototype.setToolTip = function (this: InstanceType<typeof Tray>, text: string) {
      tooltips.push(text);
      setToolTip.call(this, text);
    };
  });
  const paused = await launchAgain('pause', '30m');
  expect(paused).toEqual({ code: 0, stderr: '' });
  await expect
    .poll(() => app.evaluate(() => Reflect.get(globalThis, 'limberTrayTooltips') as string[]))
    .toContainEqual(expect.stringMatching(/^Limber · Paused until/));
  expect(await visibleWindows()).toBe(0);
});

test('a second launch with `desk-break` opens a sandboxed player', async () => {
  const opened = app.waitForEvent('window');
  expect(await launchAgain('desk-break')).toEqual({ code: 0, stderr: '' });
  const page = await opened;
  await expect(page).toHaveURL('app://limber/index.html#/player');

  const preferences = await app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows().map((window) => {
      // Undocumented but what Electron itself reads: the preferences the renderer really got.
      const contents = window.webContents as WebContents & {
        getLastWebPreferences?: () => WebPreferences | null;
      };
      if (typeof contents.getLastWebPreferences !== 'function') {
        throw new Error('webContents.getLastWebPreferences is gone: check the window another way');
      }
      const prefs = contents.getLastWebPreferences();
      return {
        sandbox: prefs?.sandbox,
        contextIsolation: prefs?.contextIsolation,
        nodeIntegration: prefs?.nodeIntegration,
        webSecurity: prefs?.webSecurity,
      };
    }),
  );
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
  await expect(page).toHaveURL('app://limber/index.html#/settings');
});
