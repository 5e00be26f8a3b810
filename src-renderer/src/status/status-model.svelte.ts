import type { InvokeRequest, InvokeResponse } from '@shared/ipc/contract';
import type { Dispose } from '@shared/time/clock';

import type { RendererApi } from '../bridge/api';
import { MainValue } from '../bridge/main-value.svelte';

export type SittingStatus = InvokeResponse<'getSittingStatus'>;
export type AppAction = InvokeRequest<'runAppAction'>;
export type MeetingChoice = InvokeRequest<'setMeeting'>['choice'];

/**
 * The status window's state: the sitting status main publishes (the tray's own line), and the
 * tray's actions. Main does the work and pushes the new status; the model only asks.
 */
export class StatusModel {
  #busy = $state(false);
  readonly #api: RendererApi;
  readonly #status: MainValue<SittingStatus>;

  constructor(api: RendererApi) {
    this.#api = api;
    this.#status = new MainValue({
      fetch: () => api.getSittingStatus(),
      subscribe: (listener) => api.onSittingStatus(listener),
    });
  }

  get status(): SittingStatus | undefined {
    return this.#status.current;
  }

  get paused(): boolean {
    return this.#status.current?.icon === 'paused';
  }

  get inMeeting(): boolean {
    return this.#status.current?.inMeeting === true;
  }

  /** True while a call is on its way, so a double click doesn't ask twice. */
  get busy(): boolean {
    return this.#busy;
  }

  get error(): string | undefined {
    return this.#status.error;
  }

  connect(): Dispose {
    return this.#status.connect();
  }

  run(action: AppAction): Promise<void> {
    return this.#send(() => this.#api.runAppAction(action));
  }

  meeting(choice: MeetingChoice): Promise<void> {
    return this.#send(() => this.#api.setMeeting({ choice }));
  }

  async #send(call: () => Promise<unknown>): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    try {
      await this.#status.call(call);
    } finally {
      this.#busy = false;
    }
  }
}
