import type { SessionSnapshot } from '@shared/routine/snapshot-schema';
import type { Settings } from '@shared/settings/schema';
import type { Dispose } from '@shared/time/clock';

import type { RendererApi } from '../bridge/api';
import { MainValue, settingsFrom } from '../bridge/main-value.svelte';

/** Where the question stands: waiting for a tap, sending it, answered, or put aside. */
export type StiffnessStep = 'asking' | 'sending' | 'thanked' | 'skipped';

/**
 * "How does your back feel today?" after the morning routine. It follows the settings and the
 * session itself, so the end screen needs only one line to hold it: the question is asked
 * when the routine that just finished is the user's morning routine and they want to be asked.
 */
export class StiffnessModel {
  #step = $state<StiffnessStep>('asking');
  #score = $state<number | undefined>(undefined);

  readonly #api: RendererApi;
  readonly #settings: MainValue<Settings>;
  readonly #session: MainValue<SessionSnapshot | null>;

  constructor(api: RendererApi) {
    this.#api = api;
    this.#settings = new MainValue(settingsFrom(api));
    this.#session = new MainValue({
      fetch: () => api.getSession(),
      subscribe: (listener) => api.onSession(listener),
    });
  }

  /** True for a completed morning routine with the question switched on. */
  get wanted(): boolean {
    const settings = this.#settings.current;
    const session = this.#session.current;
    if (!settings?.morning.askStiffness || !session) return false;
    return (
      session.player.outcome === 'completed' &&
      session.timeline.routineId === settings.morning.routineId
    );
  }

  get step(): StiffnessStep {
    return this.#step;
  }

  /** The score the user tapped, once sent. */
  get score(): number | undefined {
    return this.#score;
  }

  /** The last call main refused, in words. */
  get error(): string | undefined {
    return this.#settings.error;
  }

  connect(): Dispose {
    const disconnectSettings = this.#settings.connect();
    const disconnectSession = this.#session.connect();
    return () => {
      disconnectSettings();
      disconnectSession();
    };
  }

  /** One tap records the score; a failure puts the scale back so the user can tap again. */
  async rate(score: number): Promise<void> {
    if (this.#step !== 'asking') return;
    this.#step = 'sending';
    const sent = await this.#settings.call(() => this.#api.rateStiffness({ score }));
    this.#score = sent ? score : undefined;
    this.#step = sent ? 'thanked' : 'asking';
  }

  skip(): void {
    if (this.#step === 'asking') this.#step = 'skipped';
  }

  /** "See your history": main opens (or brings up) the history window. */
  async openHistory(): Promise<void> {
    await this.#settings.call(() => this.#api.openHistory());
  }
}
