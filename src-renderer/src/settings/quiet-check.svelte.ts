import { errorMessage } from '@shared/errors/error-message';
import type { QuietStatus } from '@shared/quiet/quiet-schema';
import type { DetectedKind } from '@shared/quiet/signal';
import type { Dispose, Timers } from '@shared/time/clock';

import type { RendererApi } from '../bridge/api';

/** How often the open settings window asks again: signals change, but not by the second. */
export const RECHECK_MS = 60_000;

type SignalStatus = QuietStatus['signals'][number];

/** One signal's live state as the "Quiet when…" section words it. */
export function stateWords(signal: SignalStatus | undefined): string {
  if (!signal) return 'Checking…';
  if (!signal.enabled) return 'Off';
  switch (signal.state) {
    case 'yes':
      return 'In use now';
    case 'no':
      return 'Not now';
    case 'unknown':
      return `Can't tell: ${signal.why ?? 'no reason given'}`;
    default:
      return 'Checking…';
  }
}

/**
 * Asks main what each "Quiet when…" detector sees, now and then about once a minute while the
 * window is open. A chain of one-shot timers rather than an interval, so a slow answer (main
 * waits up to ~2.5 s for the detectors) never stacks calls. A check asked for while one is
 * on its way runs right after it, so an answer always reflects the latest switches.
 */
export class QuietCheck {
  #status = $state<QuietStatus | undefined>(undefined);
  #error = $state<string | undefined>(undefined);

  readonly #api: RendererApi;
  readonly #timers: Timers;
  #running = false;
  #again = false;
  #stopped = true;
  #next: Dispose | undefined;

  constructor(api: RendererApi, timers: Timers) {
    this.#api = api;
    this.#timers = timers;
  }

  /** The last answer; undefined until main first answers. */
  get status(): QuietStatus | undefined {
    return this.#status;
  }

  /** Why the last check failed, in words. */
  get error(): string | undefined {
    return this.#error;
  }

  signal(kind: DetectedKind): SignalStatus | undefined {
    return this.#status?.signals.find((signal) => signal.kind === kind);
  }

  /** Checks now and keeps checking until the undo. */
  start(): Dispose {
    this.#stopped = false;
    void this.check();
    return () => {
      this.#stopped = true;
      this.#next?.();
      this.#next = undefined;
    };
  }

  /** Asks now (a switch changed); the minute's wait starts again after the answer. */
  async check(): Promise<void> {
    if (this.#stopped) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = true;
    this.#next?.();
    this.#next = undefined;
    try {
      const status = await this.#api.checkQuiet();
      if (this.#stopped) return;
      this.#status = status;
      this.#error = undefined;
    } catch (error) {
      this.#error = errorMessage(error);
    } finally {
      this.#running = false;
    }
    if (this.#again) {
      this.#again = false;
      return this.check();
    }
    if (!this.#stopped) this.#next = this.#timers.setTimeout(() => void this.check(), RECHECK_MS);
  }
}
