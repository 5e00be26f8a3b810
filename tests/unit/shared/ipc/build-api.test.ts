import { describe, expect, it, vi } from 'vitest';

import { buildLimberApi, type IpcTransport } from '@shared/ipc/build-api';
import { eventChannels, invokeChannels } from '@shared/ipc/channels';
import { eventContract, invokeContract } from '@shared/ipc/contract';

function recordingTransport() {
  const invoked: Array<[string, unknown]> = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const transport: IpcTransport = {
    invoke: async (channel, payload) => {
      invoked.push([channel, payload]);
      return { ok: true, value: null };
    },
    subscribe: (channel, listener) => {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
      return () => set.delete(listener);
    },
  };
  const emit = (channel: string, payload: unknown) =>
    listeners.get(channel)?.forEach((listener) => listener(payload));
  return { transport, invoked, emit };
}

describe('the renderer API built from the contract', () => {
  it('exposes one function per contract channel and nothing else', () => {
    const api = buildLimberApi(recordingTransport().transport);
    const expected = [
      ...Object.keys(invokeContract),
      ...Object.keys(eventContract).map((name) => `on${name[0]!.toUpperCase()}${name.slice(1)}`),
    ];
    expect(Object.keys(api).sort()).toEqual(expected.sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('sends each call on its own channel with the payload untouched', async () => {
    const { transport, invoked } = recordingTransport();
    const api = buildLimberApi(transport);
    await api.startRoutine({ routineId: 'desk-break' });
    await api.controlSession({ action: 'pause' });
    await api.getSession();
    expect(invoked).toEqual([
      [invokeChannels.startRoutine, { routineId: 'desk-break' }],
      [invokeChannels.controlSession, { action: 'pause' }],
      [invokeChannels.getSession, undefined],
    ]);
  });

  it('delivers events until the listener is disposed', () => {
    const { transport, emit } = recordingTransport();
    const api = buildLimberApi(transport);
    const listener = vi.fn();
    const dispose = api.onSession(listener);
    emit(eventChannels.session, null);
    dispose();
    emit(eventChannels.session, null);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
