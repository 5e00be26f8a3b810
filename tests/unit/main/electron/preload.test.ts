import { describe, expect, it, vi } from 'vitest';

import type { LimberApi } from '@shared/ipc/build-api';
import { eventChannels, invokeChannels } from '@shared/ipc/channels';

import { fakeElectron } from '../../../support/electron-mock';

async function loadPreload(): Promise<LimberApi> {
  vi.resetModules();
  await import('../../../../src-main/preload');
  return fakeElectron().contextBridge.exposed.limber as LimberApi;
}

describe('preload', () => {
  it('exposes only named functions as window.limber', async () => {
    const api = await loadPreload();
    expect(Object.keys(fakeElectron().contextBridge.exposed)).toEqual(['limber']);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('send');
  });

  it('invokes the contract channel for each function', async () => {
    const api = await loadPreload();
    await api.startRoutine({ routineId: 'desk-break' });
    expect(fakeElectron().ipcRenderer.invoke).toHaveBeenCalledWith(invokeChannels.startRoutine, {
      routineId: 'desk-break',
    });
  });

  it('hands listeners the payload only, and stops on dispose', async () => {
    const api = await loadPreload();
    const listener = vi.fn();
    const dispose = api.onSession(listener);
    const ipc = fakeElectron().ipcRenderer;
    ipc.emit(eventChannels.session, { sender: 'secret' }, null);
    expect(listener).toHaveBeenCalledWith(null);
    dispose();
    ipc.emit(eventChannels.session, {}, null);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
