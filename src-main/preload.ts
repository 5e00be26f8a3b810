import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

import { buildLimberApi, type IpcTransport } from '@shared/ipc/build-api';

/**
 * The sandboxed preload: `window.limber` as named functions built from the contract's channel
 * names. The raw ipcRenderer never reaches the page. Only the channel list and build-api are
 * imported, so zod stays out of this bundle.
 */
const transport: IpcTransport = {
  invoke: (channel, payload) => ipcRenderer.invoke(channel, payload),
  subscribe(channel, listener) {
    // Strip the event: it carries the sender object, which the page has no business seeing.
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  },
};

contextBridge.exposeInMainWorld('limber', buildLimberApi(transport));
