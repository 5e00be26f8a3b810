import type { Dispose } from '@shared/time/clock';

import { MainValue, type MainValueSource } from '../bridge/main-value.svelte';

/**
 * A prompt main shows and the user answers once: the nudge, or the morning offer. It follows
 * main's value and sends the answer. Main decides what an answer means (open the player,
 * re-plan, close this window); the model only asks, and reports a failure in words.
 */
export class PromptModel<Shown, Answer> {
  #answering = $state(false);

  readonly #value: MainValue<Shown | null>;
  readonly #send: (answer: Answer) => Promise<unknown>;

  constructor(source: MainValueSource<Shown | null>, send: (answer: Answer) => Promise<unknown>) {
    this.#value = new MainValue(source);
    this.#send = send;
  }

  /** What main last sent; null when nothing waits for an answer. */
  get current(): Shown | null {
    return this.#value.current ?? null;
  }

  /**
   * False until main has answered once, so "no reminder" doesn't flash before the prompt. A
   * failure is an answer too: the window then says it couldn't reach main.
   */
  get loaded(): boolean {
    return this.#value.loaded || this.#value.error !== undefined;
  }

  /** True while an answer is on its way: a second click must not answer twice. */
  get answering(): boolean {
    return this.#answering;
  }

  /** The last call main refused, in words; cleared by the next success. */
  get error(): string | undefined {
    return this.#value.error;
  }

  /** Subscribes to main's pushes and fetches what is shown now. Returns the undo. */
  connect(): Dispose {
    return this.#value.connect();
  }

  /** Sends the answer once; on failure the buttons come back so nothing is lost. */
  async answer(answer: Answer): Promise<void> {
    if (this.#answering) return;
    this.#answering = true;
    await this.#value.call(async () => {
      try {
        await this.#send(answer);
      } finally {
        this.#answering = false;
      }
    });
  }
}
