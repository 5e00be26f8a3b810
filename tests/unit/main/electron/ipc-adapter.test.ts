import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';

import { invokeChannels } from '@shared/ipc/channels';

import { senderInfoFrom, setupIpc } from '../../../../src-main/electron/ipc';
import { fakeElectron } from '../../../support/electron-mock';

const mainFrame = { url: 'app://limber/index.html' };

function invokeEvent(frame: { url: string } | null): IpcMainInvokeEvent {
  return { sender: { id: 3, mainFrame }, senderFrame: frame } as unknown as IpcMainInvokeEvent;
}

describe('IPC adapter', () => {
  it('describes the sender from the Electron event', () => {
    expect(senderInfoFrom(invokeEvent(mainFrame))).toEqual({
      webContentsId: 3,
      frameUrl: 'app://limber/index.html',
      isMainFrame: true,
    });
    expect(senderInfoFrom(invokeEvent({ url: 'app://limber/frame.html' })).isMainFrame).toBe(false);
    expect(senderInfoFrom(invokeEvent(null))).toEqual({
      webContentsId: 3,
      frameUrl: undefined,
      isMainFrame: false,
    });
  });

  it('registers every contract channel and passes calls to the dispatcher', async () => {
    const fake = fakeElectron();
    const dispatch = vi.fn(async () => ({ ok: true as const, value: null }));
    const dispose = setupIpc({ dispatch });
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(Object.values(invokeChannels).sort());

    const handler = fake.ipcMain.handlers.get(invokeChannels.controlSession)!;
    await handler(invokeEvent(mainFrame), { action: 'pause' });
    expect(dispatch).toHaveBeenCalledWith(
      invokeChannels.controlSession,
      { webContentsId: 3, frameUrl: 'app://limber/index.html', isMainFrame: true },
      { action: 'pause' },
    );

    dispose();
    expect(fake.ipcMain.handlers.size).toBe(0);
  });
});
