import { vi } from 'vitest';

import type { EventName } from '@shared/ipc/channels';

import { createMainRuntime, type MainRuntimeDeps } from '../../../../src-main/app/main-runtime';
import type { SenderInfo } from '../../../../src-main/ipc/sender-policy';
import type { LoginItemPort } from '../../../../src-main/login/login-state';
import { createMemorySettingsFile } from '../../../../src-main/settings/memory-settings-file';
import { FakeClock } from '../../../support/fake-clock';
import { RecordingLog } from '../../../support/fake-log';
import { FakeIdleSource, FakeNotifier, FakePowerEvents } from '../../../support/fake-os';
import { fixtureTimeline } from './fixture-timeline';

/** The player window's sender, as main would see it. */
export const playerSender: SenderInfo = {
  webContentsId: 1,
  frameUrl: 'app://limber/index.html',
  isMainFrame: true,
};

/** The settings window's sender: another of our windows, on the same origin. */
export const settingsSender: SenderInfo = { ...playerSender, webContentsId: 2 };

/**
 * App services on a FakeClock with fake windows, behind the real dispatcher and sender policy.
 * `settingsText` starts them on that settings.json (a damaged one raises a settings notice).
 */
export function createHarness(
  options: {
    settingsText?: string;
    timeZone?: string;
    busyDetectors?: MainRuntimeDeps['busyDetectors'];
    loginItem?: LoginItemPort;
  } = {},
) {
  const clock = new FakeClock();
  const windows = {
    showPlayer: vi.fn(),
    // Like the real adapter: the player's window, once closed, reports it ('closed' event).
    closeWindowOf: vi.fn((sender: SenderInfo) => {
      if (sender.webContentsId === playerSender.webContentsId) runtime.playerClosed();
    }),
    showNudge: vi.fn(),
    closeNudge: vi.fn(),
    showSettings: vi.fn(),
    showHistory: vi.fn(),
    showStatus: vi.fn(),
    showWelcome: vi.fn(),
  };
  const idle = new FakeIdleSource(clock);
  const power = new FakePowerEvents();
  const notifier = new FakeNotifier();
  const log = new RecordingLog();
  /** The app's version and log folder; `openLogsFolder` answers '' (opened) unless told otherwise. */
  const about = {
    version: '1.2.3',
    logsDir: '/home/user/.config/Limber/logs',
    openLogsFolder: vi.fn(async () => ''),
  };
  /** The file manager: `showSettingsFile` answers '' (shown) unless told otherwise. */
  const settingsFolder = { showSettingsFile: vi.fn(async () => '') };
  const broadcasts: { event: EventName; payload: unknown }[] = [];
  const runtime = createMainRuntime({
    clock,
    timers: clock,
    windows,
    broadcast: (event, payload) => broadcasts.push({ event, payload }),
    timelineFor: fixtureTimeline,
    settingsFile: createMemorySettingsFile(options.settingsText),
    idle,
    power,
    notifier,
    // 08:00 UTC is midnight here: no morning offer comes unless a test asks for one.
    timeZone: () => options.timeZone ?? 'America/Los_Angeles',
    log,
    about,
    busyDetectors: options.busyDetectors,
    settingsFolder,
    ...(options.loginItem ? { loginItem: options.loginItem } : {}),
    trustedSenders: () => ({
      origin: { protocol: 'app:', host: 'limber' },
      webContentsIds: new Set([playerSender.webContentsId, settingsSender.webContentsId]),
    }),
  });
  const invoke = (channel: string, payload?: unknown, sender: SenderInfo = playerSender) =>
    runtime.dispatcher.dispatch(channel, sender, payload);
  /** Everything a user could notice, to check that a refused message changed nothing. */
  const observable = () =>
    structuredClone({
      session: runtime.session.snapshot(),
      settings: runtime.settings.get(),
      settingsNotices: runtime.settings.notices(),
      records: runtime.log.records(),
      broadcasts,
      showPlayer: windows.showPlayer.mock.calls.length,
      closeWindowOf: windows.closeWindowOf.mock.calls.length,
      nudge: runtime.sitting.nudge(),
      sitting: runtime.sitting.status(),
      notifications: notifier.shown.map(({ title, open }) => ({ title, open })),
      nudgeWindow: [windows.showNudge.mock.calls.length, windows.closeNudge.mock.calls.length],
      logsOpened: about.openLogsFolder.mock.calls.length,
      filesShown: settingsFolder.showSettingsFile.mock.calls.length,
    });
  return {
    clock,
    windows,
    broadcasts,
    runtime,
    invoke,
    observable,
    idle,
    power,
    notifier,
    log,
    about,
    settingsFolder,
  };
}
