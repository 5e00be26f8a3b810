import type { InvokeRequest, InvokeResponse } from '@shared/ipc/contract';
import type { Dispose } from '@shared/time/clock';

import type { RendererApi } from '../bridge/api';
import { MainValue } from '../bridge/main-value.svelte';

/** The nudge main is showing, or null when there is none (answered elsewhere, or gone). */
export type NudgeSnapshot = InvokeResponse<'getNudge'>;

/** What the user can answer: stretch now, snooze for some minutes, or skip this one. */
export type NudgeAnswer = InvokeRequest<'answerNudge'>;

/**
 * The nudge window's state, kept in step with main. Main decides what an answer means (open
 * the player, re-plan, close this window); the model only asks and reports failures.
 */
export class NudgeModel {
  #answering = $state(false);

  readonly #api: RendererApi;
  readonly #nudge: MainValue<NudgeSnapshot>;

  constructor(api: RendererApi) {
    this.#api = api;
    this.#nudge = new MainValue({
      fetch: () => api.getNudge(),
      subscribe: (listener) => api.onNudge(listener),
    });
  }

  /** The nudge main last sent; null when none is pending. */
  get nudge(): NudgeSnapshot {
    return this.#nudge.current ?? null;
  }

  /**
   * False until main has answered once, so "no reminder" doesn't flash before the prompt. A
   * failure is an answer too: the window then says it couldn't reach main.
   */
  get loaded(): boolean {
    return this.#nudge.loaded || this.#nudge.error !== undefined;
  }

  /** True while an answer is on its way: a second click must not answer twice. */
  get answering(): boolean {
    return this.#answering;
  }

  /** The last call main refused, in words; cleared by the next success. */
  get error(): string | undefined {
    return this.#nudge.error;
  }

  /** Subscribes to main's pushes and fetches the current nudge. Returns the undo. */
  connect(): Dispose {
    return this.#nudge.connect();
  }

  /** Sends the user's answer once; on failure the buttons come back so nothing is lost. */
  async answer(answer: NudgeAnswer): Promise<void> {
    if (this.#answering) return;
    this.#answering = true;
    await this.#nudge.call(async () => {
      try {
        await this.#api.answerNudge(answer);
      } finally {
        this.#answering = false;
      }
    });
  }
}
