import { buildLimberApi, type LimberApi } from '@shared/ipc/build-api';
import { invokeChannels, type InvokeName } from '@shared/ipc/channels';
import { fail } from '@shared/ipc/result';

/** One call the renderer made, as main received it. */
export interface RecordedCall {
  channel: string;
  payload: unknown;
}

/** Answers one invoke channel with what main's handler would return (an IpcResult). */
export type FakeHandler = (payload: unknown) => unknown;

/**
 * The in-memory wire between a component under test and a fake main: the real `buildLimberApi`
 * on top, so the renderer calls exactly the contract's names, and per-channel handlers below.
 * Every call is logged in `calls`, answered or not, so tests can see what the window asked.
 */
export class FakeTransport {
  readonly calls: RecordedCall[] = [];
  readonly api: LimberApi;
  #handlers = new Map<string, FakeHandler>();
  #listeners = new Map<string, Set<(payload: unknown) => void>>();

  constructor() {
    this.api = buildLimberApi({
      invoke: async (channel, payload) => {
        this.calls.push({ channel, payload });
        const handler = this.#handlers.get(channel);
        return handler ? handler(payload) : fail('unknown-channel', `No handler for ${channel}`);
      },
      subscribe: (channel, listener) => {
        const set = this.#listeners.get(channel) ?? new Set();
        set.add(listener);
        this.#listeners.set(channel, set);
        return () => set.delete(listener);
      },
    });
  }

  /** Answers `name` with `handler` from now on, replacing any earlier handler for it. */
  handle(name: InvokeName, handler: FakeHandler): void {
    this.#handlers.set(invokeChannels[name], handler);
  }

  /** Pushes `payload` to every window subscribed to `channel`, as main's broadcasts do. */
  emit(channel: string, payload: unknown): void {
    for (const listener of this.#listeners.get(channel) ?? []) listener(payload);
  }

  /** The payloads the renderer sent on `channel`, in order. */
  payloadsOf(channel: string): unknown[] {
    return this.calls.filter((call) => call.channel === channel).map((call) => call.payload);
  }
}
