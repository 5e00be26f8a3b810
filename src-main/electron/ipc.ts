import { ipcMain, type IpcMainInvokeEvent } from 'electron';

import { invokeContract } from '@shared/ipc/contract';
import type { Dispose } from '@shared/time/clock';

import type { IpcDispatcher } from '../ipc/dispatcher';
import type { SenderInfo } from '../ipc/sender-policy';

/** What the sender policy needs to know about an Electron invoke event. */
export function senderInfoFrom(event: IpcMainInvokeEvent): SenderInfo {
  const frame = event.senderFrame;
  return {
    webContentsId: event.sender.id,
    frameUrl: frame?.url,
    isMainFrame: frame != null && frame === event.sender.mainFrame,
  };
}

/** Routes every contract channel through the dispatcher. Returns the undo. */
export function setupIpc(dispatcher: IpcDispatcher): Dispose {
  const channels = Object.values(invokeContract).map((entry) => entry.channel);
  for (const channel of channels) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      dispatcher.dispatch(channel, senderInfoFrom(event), payload),
    );
  }
  return () => channels.forEach((channel) => ipcMain.removeHandler(channel));
}
