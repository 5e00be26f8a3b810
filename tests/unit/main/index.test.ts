import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { invokeChannels } from '@shared/ipc/channels';

import { fakeElectron } from '../../support/electron-mock';

/** electron-log's main build loads the real Electron; here it records what main logged. */
const logged = vi.hoisted(() => [] as { level: string; message: string }[]);
vi.mock('electron-log/main', () => {
  const record = (level: string) => (message: string) => logged.push({ level, message });
  const logger = {
    transports: { file: {}, console: {}, ipc: {} },
    info: record('info'),
    warn: record('warn'),
    error: record('error'),
  };
  return { default: logger };
});

let userData = '';
const argv = process.argv;
const crashListeners = () => [
  ...process.listeners('uncaughtException'),
  ...process.listeners('unhandledRejection'),
];
let before: ReturnType<typeof crashListeners> = [];

beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'limber-index-'));
  fakeElectron().app.getPath.mockImplementation((name: string) =>
    name === 'userData' ? userData : `/fake/${name}`,
  );
  before = crashListeners();
  logged.length = 0;
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  // Before any morning: from 07:30 (the default morning) the offer would open the nudge window
  // first, and which window opens first would depend on when the tests run.
  vi.setSystemTime(new Date(2026, 2, 2, 3, 0));
  vi.resetModules();
});

afterEach(() => {
  process.argv = argv;
  vi.useRealTimers();
  for (const listener of crashListeners()) {
    if (before.includes(listener)) continue;
    process.removeListener('uncaughtException', listener as never);
    process.removeListener('unhandledRejection', listener as never);
  }
  rmSync(userData, { recursive: true, force: true });
});

/** Starts main as `electron . <words>` would, and waits until startup has run. */
async function startMain(...words: string[]): Promise<void> {
  process.argv = [process.execPath, '.', ...words];
  await import('../../../src-main/index');
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
}

describe('main startup', () => {
  it('with a tray that fails: command-line commands and the rest still work, and it is logged', async () => {
    const electron = fakeElectron();
    electron.FakeTray.failWith = new Error('no StatusNotifierWatcher');
    await startMain('desk-break');
    const player = electron.FakeBrowserWindow.instances[0];
    expect(player?.loadURL).toHaveBeenCalledWith('app://limber/index.html#/player');
    expect(electron.ipcMain.handlers.has(invokeChannels.getSettings)).toBe(true);
    expect(logged).toContainEqual({
      level: 'error',
      message: 'Setting up the tray failed; the rest still runs',
    });
  });

  it('writes a settings change still waiting for its delayed write when the app quits', async () => {
    const electron = fakeElectron();
    await startMain('settings');
    const window = electron.FakeBrowserWindow.instances[0]!;
    const frame = window.webContents.mainFrame;
    const update = electron.ipcMain.handlers.get(invokeChannels.updateSettings)!;
    const event = { sender: { id: window.webContents.id, mainFrame: frame }, senderFrame: frame };
    expect(await update(event, { theme: 'dark' })).toMatchObject({ ok: true });
    electron.app.emit('before-quit');
    const saved = JSON.parse(readFileSync(join(userData, 'settings.json'), 'utf8'));
    expect(saved).toMatchObject({ theme: 'dark' });
  });

  it('survives an exception nothing caught, and logs it', async () => {
    await startMain();
    const added = crashListeners().filter((listener) => !before.includes(listener));
    expect(added).toHaveLength(2);
    (added[0] as (error: Error) => void)(new Error('a stray throw'));
    expect(logged).toContainEqual({
      level: 'error',
      message: 'Uncaught exception (Limber keeps running)',
    });
  });
});
