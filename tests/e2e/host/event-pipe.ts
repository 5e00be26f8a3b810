import type { Page } from '@playwright/test';
import { eventContract } from '../../../shared/ipc/contract';
import type { EventName } from '../../../shared/ipc/channels';
import { emitFunctionName } from './bridge-names';

/**
 * Carries main's broadcasts into the page, in order. Services broadcast synchronously; the page
 * is reached asynchronously, so work is chained and a test awaits `flush()` before it looks.
 * Every payload is checked against the contract first, as a drifted event would be a bug.
 */
export class EventPipe {
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly page: Page,
    private readonly problems: string[],
  ) {}

  /** The `broadcast` port handed to createAppServices. */
  readonly broadcast = (event: EventName, payload: unknown): void => {
    const { channel, payload: schema } = eventContract[event];
    const parsed = schema.safeParse(payload);
    if (!parsed.success) this.problems.push(`main sent a bad ${event} event: ${parsed.error}`);
    this.enqueue(() =>
      this.page.evaluate(
        ([fn, ch, data]) => {
          const emit = (window as unknown as Record<string, unknown>)[fn];
          // Before the first navigation there is no bridge yet, as with a window not yet loaded.
          if (typeof emit === 'function') emit(ch, data);
        },
        [emitFunctionName, channel, payload] as const,
      ),
    );
  };

  /** Runs `work` after everything already queued (navigation shares the queue). */
  enqueue(work: () => Promise<unknown>): void {
    this.chain = this.chain.then(work).catch((error: unknown) => {
      if (!this.page.isClosed()) this.problems.push(`host could not reach the page: ${error}`);
    });
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
