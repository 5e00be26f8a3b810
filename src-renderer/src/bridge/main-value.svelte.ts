import { errorMessage } from '@shared/errors/error-message';
import type { Settings } from '@shared/settings/schema';
import type { Dispose } from '@shared/time/clock';

import type { RendererApi } from './api';

/** A value main owns: one call that reads it now, and the event main pushes when it changes. */
export interface MainValueSource<T> {
  fetch: () => Promise<T>;
  subscribe: (listener: (value: T) => void) => Dispose;
}

export interface MainValueOptions<T> {
  /** Hears every value shown, just after it is shown (the player anchors its clock on it). */
  onchange?: (value: T) => void;
  /** Words a failed first read for `error`. @default errorMessage */
  describe?: (error: unknown) => string;
}

/**
 * A value main owns and pushes, kept in step in one window. `connect` subscribes first, then
 * fetches, so no change falls between the two; a push that lands before the fetch's answer is
 * newer, so the answer is dropped; after the undo nothing more is shown. Calls that change the
 * value go through `update` (main answers with the new value) or `call` (main answers nothing
 * to show); `error` is the last failure in words, cleared by the next call that succeeds.
 */
export class MainValue<T> {
  #current = $state<T | undefined>(undefined);
  #loaded = $state(false);
  #error = $state<string | undefined>(undefined);

  readonly #source: MainValueSource<T>;
  readonly #onchange: ((value: T) => void) | undefined;
  readonly #describe: (error: unknown) => string;
  #unsubscribe: Dispose | undefined;

  constructor(source: MainValueSource<T>, options: MainValueOptions<T> = {}) {
    this.#source = source;
    this.#onchange = options.onchange;
    this.#describe = options.describe ?? errorMessage;
  }

  /** Main's value as last heard; undefined until main first answers. */
  get current(): T | undefined {
    return this.#current;
  }

  /** True once a value from main is on show: the first read's answer, a push or a call's. */
  get loaded(): boolean {
    return this.#loaded;
  }

  /** Why the first read or the last call failed, in words; undefined after a success. */
  get error(): string | undefined {
    return this.#error;
  }

  /** Subscribes to main's pushes, then reads the value once. Returns the undo (`dispose`). */
  connect(): Dispose {
    this.dispose();
    let following = true;
    let pushed = false;
    const unsubscribe = this.#source.subscribe((value) => {
      pushed = true;
      this.set(value);
    });
    this.#unsubscribe = () => {
      following = false;
      unsubscribe();
    };
    this.#source.fetch().then(
      (value) => {
        if (following && !pushed) this.set(value);
      },
      (error: unknown) => {
        if (following) this.#error = this.#describe(error);
      },
    );
    return () => this.dispose();
  }

  /** Shows a value main sent (its answer to a call); `error` is left as it was. */
  set(value: T): void {
    this.#current = value;
    this.#loaded = true;
    this.#onchange?.(value);
  }

  /**
   * Runs a call whose answer is main's new value, and shows it. On failure the value stays and
   * `error` says why, worded by `describe`. Resolves to whether main agreed.
   */
  update(call: () => Promise<T>, describe = errorMessage): Promise<boolean> {
    return this.call(async () => this.set(await call()), describe);
  }

  /** Runs a call that changes nothing shown here; its failure lands in `error` as `update`'s. */
  async call(run: () => Promise<unknown>, describe = errorMessage): Promise<boolean> {
    try {
      await run();
      this.#error = undefined;
      return true;
    } catch (error) {
      this.#error = describe(error);
      return false;
    }
  }

  /** Stops following main: no push, and no late answer to the first read, is shown after. */
  dispose(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }
}

/** The settings as a value to follow: every window that reads one setting follows them all. */
export function settingsFrom(api: RendererApi): MainValueSource<Settings> {
  return { fetch: () => api.getSettings(), subscribe: (listener) => api.onSettings(listener) };
}
