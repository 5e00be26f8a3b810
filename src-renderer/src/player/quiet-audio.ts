/** Makes the context sounds are scheduled on; undefined where Web Audio is missing. */
export type ContextFactory = () => AudioContext | undefined;

/** Puts sounds on a context that is running or waking, and returns the sources it started. */
export type Schedule = (context: AudioContext) => readonly AudioScheduledSourceNode[];

/**
 * One AudioContext that runs only while something is sounding on it.
 *
 * A running context keeps the audio device and its rendering thread busy even in silence, which
 * doubled the player's CPU during a hold. So the context is suspended as the last scheduled sound
 * ends (the sources' own `ended` events, on the audio clock) and resumed as the next one is
 * scheduled. Sounds are scheduled at once, never after a pending suspend or resume settles: a
 * suspended context's clock stands still, so they start as soon as it runs again.
 */
export class QuietAudio {
  readonly #create: ContextFactory;
  #context: AudioContext | undefined;
  /** Sources started on the current context that have not ended yet. */
  #sounding = 0;
  /** The suspend under way, if any: a sound scheduled meanwhile must wake the context again. */
  #suspending: Promise<void> | undefined;

  constructor(create: ContextFactory) {
    this.#create = create;
  }

  /** Schedules sounds and makes sure they are heard; silent (never throwing) without Web Audio. */
  play(schedule: Schedule): void {
    this.#play(schedule, true);
  }

  /** Releases the audio device. */
  dispose(): void {
    const context = this.#context;
    this.#forget();
    void context?.close().catch(() => undefined);
  }

  #play(schedule: Schedule, retry: boolean): void {
    const context = this.#current();
    if (!context) return;
    const sources = schedule(context);
    this.#sounding += sources.length;
    for (const source of sources) source.onended = () => this.#ended(context);
    if (sources.length > 0 && (context.state !== 'running' || this.#suspending)) {
      this.#wake(context, () => {
        // The context would not run again: start over on a fresh one, once, so the sound is heard.
        if (retry) this.#play(schedule, false);
      });
    }
  }

  /** The context to schedule on: a new one when there is none yet or the last one was closed. */
  #current(): AudioContext | undefined {
    if (this.#context?.state === 'closed') this.#forget();
    if (!this.#context) {
      try {
        this.#context = this.#create();
      } catch {
        this.#context = undefined;
      }
    }
    return this.#context;
  }

  #wake(context: AudioContext, onFailure: () => void): void {
    context.resume().catch(() => {
      if (context !== this.#context) return;
      this.#forget();
      void context.close().catch(() => undefined);
      onFailure();
    });
  }

  #ended(context: AudioContext): void {
    if (context !== this.#context) return;
    this.#sounding = Math.max(0, this.#sounding - 1);
    if (this.#sounding > 0 || context.state !== 'running') return;
    const suspending = context
      .suspend()
      .catch(() => undefined)
      .then(() => {
        if (this.#suspending === suspending) this.#suspending = undefined;
        // Whatever order the browser settles suspend and resume in, a sound scheduled while
        // the suspend was under way still plays.
        if (context === this.#context && this.#sounding > 0 && context.state !== 'running') {
          this.#wake(context, () => undefined);
        }
      });
    this.#suspending = suspending;
  }

  #forget(): void {
    this.#context = undefined;
    this.#sounding = 0;
    this.#suspending = undefined;
  }
}
