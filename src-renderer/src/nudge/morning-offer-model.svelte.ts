import type { InvokeRequest } from '@shared/ipc/contract';
import type { MorningOfferSnapshot } from '@shared/morning/offer-schema';
import type { Dispose } from '@shared/time/clock';

import type { RendererApi } from '../bridge/api';
import { MainValue } from '../bridge/main-value.svelte';

/** Start, Later or Not today, as the contract spells them. */
export type MorningReply = InvokeRequest<'answerMorning'>['answer'];

/**
 * The morning offer as the prompt window follows it. Main decides what a reply means (open the
 * player, ask again in 30 minutes, close the window); the model only asks and reports failures.
 */
export class MorningOfferModel {
  #answering = $state(false);

  readonly #api: RendererApi;
  readonly #offer: MainValue<MorningOfferSnapshot | null>;

  constructor(api: RendererApi) {
    this.#api = api;
    this.#offer = new MainValue({
      fetch: () => api.getMorningOffer(),
      subscribe: (listener) => api.onMorningOffer(listener),
    });
  }

  /** The offer waiting for a reply; null when there is none. */
  get offer(): MorningOfferSnapshot | null {
    return this.#offer.current ?? null;
  }

  /** Main has answered once (a failure counts: the window must not wait forever). */
  get loaded(): boolean {
    return this.#offer.loaded || this.#offer.error !== undefined;
  }

  /** True while a reply is on its way, so a double click replies once. */
  get answering(): boolean {
    return this.#answering;
  }

  get error(): string | undefined {
    return this.#offer.error;
  }

  connect(): Dispose {
    return this.#offer.connect();
  }

  /** Sends the reply once; on failure the buttons come back so the user can try again. */
  async answer(answer: MorningReply): Promise<void> {
    if (this.#answering) return;
    this.#answering = true;
    await this.#offer.call(async () => {
      try {
        await this.#api.answerMorning({ answer });
      } finally {
        this.#answering = false;
      }
    });
  }
}
