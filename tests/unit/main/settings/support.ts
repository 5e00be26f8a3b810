import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { onTestFinished, vi } from 'vitest';

import { createMainRuntime } from '../../../../src-main/app/main-runtime';
import { createSettingsFile } from '../../../../src-main/electron/settings-file';
import { type Broadcast } from '../../../../src-main/platform/broadcast-port';
import type { NotificationRequest } from '../../../../src-main/platform/notifier-port';
import type { SettingsFilePort } from '../../../../src-main/settings/settings-file-port';
import { FakeClock } from '../../../support/fake-clock';

const fixturesDir = resolve(import.meta.dirname, '../../../fixtures/settings');

/** The text of a fixture file in tests/fixtures/settings. */
export function fixture(name: string): string {
  return readFileSync(join(fixturesDir, name), 'utf8');
}

/** A fresh userData folder, optionally holding `settingsText` as settings.json; removed after the test. */
export function userDataDir(settingsText?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'limber-settings-'));
  onTestFinished(() => {
    chmodSync(dir, 0o755); // a test may have made it read-only
    rmSync(dir, { recursive: true, force: true });
  });
  if (settingsText !== undefined) writeFileSync(join(dir, 'settings.json'), settingsText);
  return dir;
}

/** 2026-03-02 07:30 UTC: moved-aside files are named after it. */
export const START_WALL_MS = Date.UTC(2026, 2, 2, 7, 30);

/**
 * Starts main's real services on `file` (the real node:fs port by default), the way the app
 * does, with the OS faked. `notices` are the notification bodies the user would see;
 * `broadcast` records what every window was sent.
 */
export function startApp(file: SettingsFilePort) {
  const clock = new FakeClock(START_WALL_MS);
  const windows = {
    showPlayer: vi.fn(),
    showSettings: vi.fn(),
    showHistory: vi.fn(),
    showStatus: vi.fn(),
    showWelcome: vi.fn(),
    showNudge: vi.fn(),
    closeNudge: vi.fn(),
    closeWindowOf: vi.fn(),
  };
  const notifier = { show: vi.fn((_request: NotificationRequest) => () => {}) };
  const broadcast = vi.fn<Broadcast>();
  const runtime = createMainRuntime({
    clock,
    timers: clock,
    windows,
    broadcast,
    idle: { idleSeconds: () => 0 },
    power: { subscribe: () => () => {} },
    notifier,
    settingsFile: file,
    // 07:30 UTC is 23:30 the evening before here: the morning offer is hours away, so these
    // tests see only the settings' own notifications and the sitting nudges.
    timeZone: () => 'America/Los_Angeles',
    trustedSenders: () => ({
      origin: { protocol: 'app:', host: 'limber' },
      webContentsIds: new Set(),
    }),
  });
  const notices = () => notifier.show.mock.calls.map(([request]) => request.body);
  return { runtime, clock, windows, notices, notifier, broadcast };
}

/** Starts the runtime on a real settings folder. */
export function startAppIn(dir: string) {
  return startApp(createSettingsFile(dir));
}
