import type { Page } from '@playwright/test';

import type { EventName } from '@shared/ipc/channels';
import { eventContract } from '@shared/ipc/contract';

import { emitFunctionName } from './bridge-names';

/**
 * Carries main's broadcasts into every open window's page, in order. Services broadcast synchronously; the page
 * is reached asynchronously, so work is chained and a test awaits `flush()` before it looks.
 * Every payload is checked against the contract first, as a drifted event would be a bug.
 */
export class EventPipe {
  private chain: Promise<unknown> = Promise.resolve();

  /** @param pages the pages of the windows open at delivery time */
  constructor(
    private readonly pages: () => Page[],
    private readonly problems: string[],
  ) {}

  /** The `broadcast` port handed to createAppServices. */
  readonly broadcast = (event: EventName, payload: unknown): void => {
    const { channel, payload: schema } = eventContract[event];
    const parsed = schema.safeParse(payload);
    if (!parsed.success) this.problems.push(`main sent a bad ${event} event: ${parsed.error}`);
    this.enqueue(() =>
      Promise.all(this.pages().map((page) => this.#deliver(page, channel, payload))),
    );
  };

  /** Runs `work` after everything already queued (navigation shares the queue). */
  enqueue(work: () => Promise<unknown>): void {
    this.chain = this.chain.then(work).catch((error: unknown) => {
      this.problems.push(`host could not reach a page: ${error}`);
    });
  }

  async #deliver(page: Page, channel: string, payload: unknown): Promise<void> {
    try {
      await page.evaluate(
        ([fn, ch, data]) => {
          const emit = (window as unknown as Record<string, unknown>)[fn];
          // Before the first navigation there is no bridge yet, as with a window not yet loaded.
          if (typeof emit === 'function') emit(ch, data);
        },
        [emitFunctionName, channel, payload] as const,
      );
    } catch (error) {
      // A window main closed meanwhile misses the event, as a destroyed webContents would.
      if (!page.isClosed()) throw error;
    }
  }

  /** Resolves once every queued delivery has reached the page. */
  async flush(): Promise<void> {
    let seen: Promise<unknown>;
    do {
      seen = this.chain;
      await seen;
    } while (seen !== this.chain);
  }
}
