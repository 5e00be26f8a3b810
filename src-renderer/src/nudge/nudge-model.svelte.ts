import type { InvokeRequest, InvokeResponse } from '@shared/ipc/contract';
import type { Dispose } from '@shared/time/clock';
import type { RendererApi } from '../bridge/api';
import { errorMessage } from '@shared/errors/error-message';
import { followMain } from '../bridge/follow-main';

/** The nudge main is showing, or null when there is none (answered elsewhere, or gone). */
export type NudgeSnapshot = InvokeResponse<'getNudge'>;

/** What the user can answer: stretch now, snooze for some minutes, or skip this one. */
export type NudgeAnswer = InvokeRequest<'answerNudge'>;

/**
 * The nudge window's state, kept in step with main. Main decides what an answer means (open
 * the player, re-plan, close this window); the model only asks and reports failures.
 */
export class NudgeModel {
  /** The nudge main last sent; null when none is pending. */
  nudge = $state<NudgeSnapshot>(null);
  /** False until main has answered once, so "no reminder" doesn't flash before the prompt. */
  loaded = $state(false);
  /** True while an answer is on its way: a second click must not answer twice. */
  answering = $state(false);
  /** The last call main refused, in words; cleared by the next success. */
  error = $state<string | undefined>(undefined);

  readonly #api: RendererApi;

  constructor(api: RendererApi) {
    this.#api = api;
  }

  /** Subscribes to main's pushes and fetches the current nudge. Returns the undo. */
  connect(): Dispose {
    return followMain(
      { fetch: () => this.#api.getNudge(), subscribe: (listener) => this.#api.onNudge(listener) },
      (nudge) => {
        this.nudge = nudge;
        this.loaded = true;
      },
      (error) => this.#fail(error),
    );
  }

  /** Sends the user's answer once; on failure the buttons come back so nothing is lost. */
  answer(answer: NudgeAnswer): Promise<void> {
    if (this.answering) return Promise.resolve();
    this.answering = true;
    return this.#guard(async () => {
      try {
        await this.#api.answerNudge(answer);
      } finally {
        this.answering = false;
      }
    });
  }

  async #guard(call: () => Promise<void>): Promise<void> {
    try {
      await call();
      this.error = undefined;
    } catch (error) {
      this.#fail(error);
    }
  }

  #fail(error: unknown): void {
    this.error = errorMessage(error);
    this.loaded = true;
  }
}
