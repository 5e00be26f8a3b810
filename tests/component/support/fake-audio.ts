/** A scheduled tone: when it stops on the context's clock, and whether it has ended. */
interface FakeSource {
  stopAt: number;
  ended: boolean;
  onended: (() => void) | null;
}

export interface FakeAudioOptions {
  /** The state a new context starts in. @default 'running' */
  state?: AudioContextState;
  /** resume() rejects, as when the audio device cannot be opened. @default false */
  resumeFails?: boolean;
  /** suspend() waits until `finishSuspend()`: a suspend that is still under way. @default false */
  holdSuspend?: boolean;
  /**
   * A resume asked for during a suspend resolves at once without running the context, and the
   * suspend then wins: the least helpful order a browser could settle the two in.
   */
  resumeLosesToSuspend?: boolean;
}

/**
 * Just enough of an AudioContext to see which tones would sound, how loud, and whether the
 * context is running. Its clock moves only through `play(seconds)`, and only while running, as a
 * suspended context's clock stands still.
 */
export class FakeAudioContext {
  state: AudioContextState;
  currentTime = 0;
  readonly destination = {};
  readonly frequencies: number[] = [];
  readonly peaks: number[] = [];
  /** resume, suspend and close, in the order they were asked for. */
  readonly calls: string[] = [];
  readonly #sources: FakeSource[] = [];
  readonly #options: FakeAudioOptions;
  #finishSuspend: (() => void) | undefined;

  constructor(options: FakeAudioOptions = {}) {
    this.#options = options;
    this.state = options.state ?? 'running';
  }

  /** Lets `seconds` of audio pass: tones whose stop time has come end, in order. */
  play(seconds: number): void {
    if (this.state !== 'running') return;
    this.currentTime += seconds;
    for (const source of this.#sources) {
      if (source.ended || source.stopAt > this.currentTime) continue;
      source.ended = true;
      source.onended?.();
    }
  }

  /** Tones scheduled and not ended yet. */
  get sounding(): number {
    return this.#sources.filter((source) => !source.ended).length;
  }

  /** Lets a held suspend complete. */
  finishSuspend(): void {
    this.#finishSuspend?.();
  }

  createOscillator() {
    const source: FakeSource = { stopAt: Infinity, ended: false, onended: null };
    this.#sources.push(source);
    const frequencies = this.frequencies;
    return Object.assign(source, {
      type: 'sine',
      frequency: {
        set value(hz: number) {
          frequencies.push(hz);
        },
      },
      connect: (node: unknown) => node,
      start: () => undefined,
      stop: (at: number) => {
        source.stopAt = at;
      },
    });
  }

  createGain() {
    return {
      gain: {
        setValueAtTime: () => undefined,
        linearRampToValueAtTime: (value: number) => this.peaks.push(value),
        exponentialRampToValueAtTime: () => undefined,
      },
      connect: (node: unknown) => node,
    };
  }

  resume(): Promise<void> {
    this.calls.push('resume');
    if (this.state === 'closed')
      return Promise.reject(new DOMException('closed', 'InvalidStateError'));
    if (this.#options.resumeFails) return Promise.reject(new Error('no audio device'));
    if (this.#finishSuspend && this.#options.resumeLosesToSuspend) return Promise.resolve();
    const pending = this.#finishSuspend ? this.#suspended : Promise.resolve();
    return pending.then(() => {
      if (this.state !== 'closed') this.state = 'running';
    });
  }

  #suspended: Promise<void> = Promise.resolve();

  suspend(): Promise<void> {
    this.calls.push('suspend');
    const done = () => {
      this.#finishSuspend = undefined;
      if (this.state !== 'closed') this.state = 'suspended';
    };
    if (!this.#options.holdSuspend) {
      return Promise.resolve().then(done);
    }
    this.#suspended = new Promise<void>((resolve) => {
      this.#finishSuspend = () => {
        done();
        resolve();
      };
    });
    return this.#suspended;
  }

  close(): Promise<void> {
    this.calls.push('close');
    this.state = 'closed';
    return Promise.resolve();
  }

  /** The same object, typed as the platform's, for code under test. */
  get asContext(): AudioContext {
    return this as unknown as AudioContext;
  }
}

/** Lets the callbacks of promises that have settled run, without any timer. */
export async function flush(): Promise<void> {
  for (let turn = 0; turn < 20; turn++) await Promise.resolve();
}
