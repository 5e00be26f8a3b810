/**
 * The e2e stand-in for src-main/preload.ts, bundled once into an IIFE and added to every page as
 * an init script. It builds `window.limber` with the very same `buildLimberApi` the preload
 * uses; only the transport differs: Playwright bindings instead of ipcRenderer.
 */
import { buildLimberApi, type IpcTransport } from '@shared/ipc/build-api';

import { bridgeReadyFlag, emitFunctionName, invokeBindingName } from './bridge-names';

type Listener = (payload: unknown) => void;
type HostInvoke = (channel: string, payload: unknown) => Promise<unknown>;

const hostWindow = window as unknown as Record<string, unknown>;
const listeners = new Map<string, Set<Listener>>();

const transport: IpcTransport = {
  invoke(channel, payload) {
    // Looked up per call: exposeBinding defines it on the page, not at script-evaluation time.
    const invoke = hostWindow[invokeBindingName] as HostInvoke;
    return invoke(channel, payload);
  },
  subscribe(channel, listener) {
    const set = listeners.get(channel) ?? new Set<Listener>();
    listeners.set(channel, set);
    set.add(listener);
    return () => set.delete(listener);
  },
};

function emit(channel: string, payload: unknown): void {
  for (const listener of [...(listeners.get(channel) ?? [])]) listener(payload);
}

// Like contextBridge: a frozen object the page can call but not rewire.
Object.defineProperty(window, 'limber', {
  value: Object.freeze(buildLimberApi(transport)),
  enumerable: true,
});
Object.defineProperty(window, emitFunctionName, { value: emit });
hostWindow[bridgeReadyFlag] = true;
