import type { Dispose } from '../time/clock';
import { eventChannels, type EventName, invokeChannels, type InvokeName } from './channels';
import type { EventPayload, InvokeRequest, InvokeResponse } from './contract';
import type { IpcResult } from './result';

/** How messages travel: ipcRenderer in the preload, Playwright bindings in the e2e host. */
export interface IpcTransport {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  subscribe(channel: string, listener: (payload: unknown) => void): Dispose;
}

/** A call's arguments: none for a channel whose request is empty. */
export type InvokeArgs<K extends InvokeName> =
  undefined extends InvokeRequest<K> ? [] : [InvokeRequest<K>];

export type LimberInvokeApi = {
  [K in InvokeName]: (...args: InvokeArgs<K>) => Promise<IpcResult<InvokeResponse<K>>>;
};

export type LimberEventApi = {
  [K in EventName as `on${Capitalize<K>}`]: (
    listener: (payload: EventPayload<K>) => void,
  ) => Dispose;
};

/** What the renderer sees as `window.limber`: named functions only, no raw channels. */
export type LimberApi = LimberInvokeApi & LimberEventApi;

const capitalize = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** Builds the renderer's API from the contract's channel names over any transport. */
export function buildLimberApi(transport: IpcTransport): LimberApi {
  const api: Record<string, unknown> = {};
  for (const [name, channel] of Object.entries(invokeChannels)) {
    api[name] = (payload?: unknown) => transport.invoke(channel, payload);
  }
  for (const [name, channel] of Object.entries(eventChannels)) {
    api[`on${capitalize(name)}`] = (listener: (payload: unknown) => void) =>
      transport.subscribe(channel, listener);
  }
  return api as LimberApi;
}
