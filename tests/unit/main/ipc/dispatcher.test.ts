import { describe, expect, it, vi } from 'vitest';

import { invokeChannels } from '@shared/ipc/channels';
import { deepMerge } from '@shared/settings/merge';
import { defaultSettings, type SettingsPatch } from '@shared/settings/schema';

import { createIpcDispatcher, type IpcHandlers } from '../../../../src-main/ipc/dispatcher';
import type { SenderInfo } from '../../../../src-main/ipc/sender-policy';
import { createMemorySettingsFile } from '../../../../src-main/settings/memory-settings-file';
import { createSettingsStore } from '../../../../src-main/settings/settings-store';
import { FakeClock } from '../../../support/fake-clock';

const sender: SenderInfo = { webContentsId: 1, frameUrl: 'app://limber/', isMainFrame: true };
const prefs = defaultSettings;

function handlers(overrides: Partial<IpcHandlers> = {}): IpcHandlers {
  const fail = () => {
    throw new Error('not expected in this test');
  };
  return {
    getSession: () => null,
    startRoutine: fail,
    controlSession: fail,
    getRoutineLengths: () => [],
    getSettings: () => prefs,
    updateSettings: (patch) => deepMerge(prefs, patch),
    resetSettings: () => prefs,
    getSettingsNotices: () => [],
    dismissSettingsNotices: () => [],
    acknowledgeSafetyNote: () => prefs,
    closeWindow: () => null,
    getNudge: () => null,
    answerNudge: () => null,
    getMorningOffer: () => null,
    answerMorning: () => null,
    getHistoryStats: fail,
    checkQuiet: fail,
    setMeeting: fail,
    runAppAction: fail,
    exportHistory: fail,
    rateStiffness: fail,
    openHistory: fail,
    getAbout: fail,
    openLogsFolder: fail,
    showSettingsFile: fail,
    getLoginState: () => null,
    getSittingStatus: fail,
    ...overrides,
  };
}

describe('IPC dispatcher', () => {
  it('runs the handler with the parsed payload and the sender', async () => {
    const updateSettings = vi.fn((patch: SettingsPatch) => deepMerge(prefs, patch));
    const dispatcher = createIpcDispatcher({
      handlers: handlers({ updateSettings }),
      isTrusted: () => true,
    });
    const result = await dispatcher.dispatch(invokeChannels.updateSettings, sender, {
      cues: { volume: 20 },
    });
    expect(result).toEqual({
      ok: true,
      value: { ...prefs, cues: { ...prefs.cues, volume: 20 } },
    });
    expect(updateSettings).toHaveBeenCalledWith({ cues: { volume: 20 } }, { sender });
  });

  it('refuses a channel that is not in the contract', async () => {
    const dispatcher = createIpcDispatcher({ handlers: handlers(), isTrusted: () => true });
    const result = await dispatcher.dispatch('fs:read', sender, '/etc/passwd');
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('checks the sender before looking at the payload', async () => {
    const dispatcher = createIpcDispatcher({ handlers: handlers(), isTrusted: () => false });
    const result = await dispatcher.dispatch(invokeChannels.updateSettings, sender, 'garbage');
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('names every bad field, including unknown ones', async () => {
    const dispatcher = createIpcDispatcher({ handlers: handlers(), isTrusted: () => true });
    const result = await dispatcher.dispatch(invokeChannels.updateSettings, sender, {
      cues: { volume: 200, soundEnabled: 'yes' },
      extra: 1,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-payload');
    expect(result.error.issues?.map((issue) => issue.path).sort()).toEqual([
      'cues.soundEnabled',
      'cues.volume',
      'extra',
    ]);
  });

  it('refuses a change the store finds wrong as a whole, naming the field at fault', async () => {
    const store = createSettingsStore({ file: createMemorySettingsFile(), ...fakeTime() });
    const dispatcher = createIpcDispatcher({
      handlers: handlers({ updateSettings: (patch) => store.update(patch) }),
      isTrusted: () => true,
    });
    const result = await dispatcher.dispatch(invokeChannels.updateSettings, sender, {
      morning: { routineId: 'custom-gone' },
    });
    const fault = 'Pick one of the routines in the list';
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-payload',
        message: 'Settings not saved: Morning routine: pick one of the routines in the list',
        issues: [{ path: 'morning.routineId', message: fault }],
      },
    });
    expect(store.get().morning.routineId).toBe('morning-in-bed');
  });

  it('turns a throwing handler into a failed result instead of crashing main', async () => {
    const dispatcher = createIpcDispatcher({
      handlers: handlers({
        controlSession: () => {
          throw new Error('No routine is in progress.');
        },
      }),
      isTrusted: () => true,
    });
    const result = await dispatcher.dispatch(invokeChannels.controlSession, sender, {
      action: 'pause',
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'failed', message: 'No routine is in progress.' },
    });
  });

  it('also catches a handler that rejects asynchronously', async () => {
    const dispatcher = createIpcDispatcher({
      handlers: handlers({ getSettings: () => Promise.reject(new Error('disk gone')) }),
      isTrusted: () => true,
    });
    const result = await dispatcher.dispatch(invokeChannels.getSettings, sender, undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'failed', message: 'disk gone' } });
  });
});

/** One fake clock as both the store's clock and its timers. */
function fakeTime() {
  const clock = new FakeClock();
  return { clock, timers: clock };
}
