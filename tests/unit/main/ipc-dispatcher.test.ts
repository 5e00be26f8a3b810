import { describe, expect, it, vi } from 'vitest';
import { invokeChannels } from '../../../shared/ipc/channels';
import { createIpcDispatcher, type IpcHandlers } from '../../../src-main/services/ipc-dispatcher';
import type { SenderInfo } from '../../../src-main/services/sender-policy';

const sender: SenderInfo = { webContentsId: 1, frameUrl: 'app://limber/', isMainFrame: true };
const prefs = { soundCues: true, cueVolume: 0.6, safetyNoteAcknowledged: false };

function handlers(overrides: Partial<IpcHandlers> = {}): IpcHandlers {
  const fail = () => {
    throw new Error('not expected in this test');
  };
  return {
    getSession: () => null,
    startRoutine: fail,
    controlSession: fail,
    getPreferences: () => prefs,
    setSoundCues: (patch) => ({ ...prefs, ...patch }),
    acknowledgeSafetyNote: () => prefs,
    closeWindow: () => null,
    ...overrides,
  };
}

describe('IPC dispatcher', () => {
  it('runs the handler with the parsed payload and the sender', async () => {
    const setSoundCues = vi.fn((patch: { cueVolume?: number }) => ({ ...prefs, ...patch }));
    const dispatcher = createIpcDispatcher({
      handlers: handlers({ setSoundCues }),
      isTrusted: () => true,
    });
    const result = await dispatcher.dispatch(invokeChannels.setSoundCues, sender, {
      cueVolume: 0.2,
    });
    expect(result).toEqual({ ok: true, value: { ...prefs, cueVolume: 0.2 } });
    expect(setSoundCues).toHaveBeenCalledWith({ cueVolume: 0.2 }, { sender });
  });

  it('refuses a channel that is not in the contract', async () => {
    const dispatcher = createIpcDispatcher({ handlers: handlers(), isTrusted: () => true });
    const result = await dispatcher.dispatch('fs:read', sender, '/etc/passwd');
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('checks the sender before looking at the payload', async () => {
    const dispatcher = createIpcDispatcher({ handlers: handlers(), isTrusted: () => false });
    const result = await dispatcher.dispatch(invokeChannels.setSoundCues, sender, 'garbage');
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('names every bad field, including unknown ones', async () => {
    const dispatcher = createIpcDispatcher({ handlers: handlers(), isTrusted: () => true });
    const result = await dispatcher.dispatch(invokeChannels.setSoundCues, sender, {
      cueVolume: 2,
      soundCues: 'yes',
      extra: 1,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-payload');
    expect(result.error.issues?.map((issue) => issue.path).sort()).toEqual([
      'cueVolume',
      'extra',
      'soundCues',
    ]);
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
      handlers: handlers({ getPreferences: () => Promise.reject(new Error('disk gone')) }),
      isTrusted: () => true,
    });
    const result = await dispatcher.dispatch(invokeChannels.getPreferences, sender, undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'failed', message: 'disk gone' } });
  });
});
