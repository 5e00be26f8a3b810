import type { RoutineId } from '@shared/content/types';
import { fromSnapshot, playerView } from '@shared/routine';
import type { SessionAction, SessionSnapshot } from '@shared/routine/snapshot-schema';
import type { PlayerView } from '@shared/routine/types';
import type { Dispose, Timers } from '@shared/time/clock';

import type { RendererApi } from '../bridge/api';
import { browserTimers, pageClock } from '../bridge/browser-timers';
import { MainValue } from '../bridge/main-value.svelte';
import { drawnStretches, type StretchLookup } from './drawn-stretches';
import { nextRefreshDelay } from './tick-schedule';

/** Where a page's visibility comes from; the document in the app, a stub in tests. */
export interface VisibilitySource {
  isHidden(): boolean;
  onChange(listener: () => void): Dispose;
}

const documentVisibility: VisibilitySource = {
  isHidden: () => document.visibilityState === 'hidden',
  onChange(listener) {
    document.addEventListener('visibilitychange', listener);
    return () => document.removeEventListener('visibilitychange', listener);
  },
};

export interface PlayerModelDeps {
  api: RendererApi;
  /** Monotonic ms. @default performance.now */
  clock?: () => number;
  timers?: Timers;
  visibility?: VisibilitySource;
}

/**
 * The player window's state. Main owns the session: this keeps the latest snapshot, the moment
 * it arrived, and a `now` that one timer moves forward just when the screen would change.
 * Everything shown is `view`, derived from those three.
 */
export class PlayerModel {
  /** Monotonic time the snapshot arrived: its positions are measured from here. */
  receivedAt = $state(0);
  /** Monotonic time the view is computed for. */
  now = $state(0);

  /** What the player shows now. Undefined without a session. */
  readonly view: PlayerView | undefined = $derived.by(() => {
    const snapshot = this.snapshot;
    if (!snapshot) return undefined;
    const state = fromSnapshot(snapshot.player, this.receivedAt);
    return playerView(snapshot.timeline, state, this.now);
  });

  /** The session's stretches, words and drawings, joined again with each snapshot main sends. */
  readonly #stretches = $derived(drawnStretches(this.snapshot?.stretches ?? []));

  readonly #api: RendererApi;
  readonly #clock: () => number;
  readonly #timers: Timers;
  readonly #visibility: VisibilitySource;
  /** The session main runs; each snapshot is anchored on the moment it arrived. */
  readonly #session: MainValue<SessionSnapshot | null>;
  #cancelTick: Dispose | undefined;
  #disposers: Dispose[] = [];

  constructor(deps: PlayerModelDeps) {
    this.#api = deps.api;
    this.#clock = deps.clock ?? pageClock;
    this.#timers = deps.timers ?? browserTimers;
    this.#visibility = deps.visibility ?? documentVisibility;
    this.#session = new MainValue(
      {
        fetch: () => this.#api.getSession(),
        subscribe: (listener) => this.#api.onSession(listener),
      },
      { onchange: () => this.#anchor() },
    );
  }

  /** The session main last sent; null when nothing is running. */
  get snapshot(): SessionSnapshot | null {
    return this.#session.current ?? null;
  }

  /**
   * A stretch of the session being shown, with its drawing.
   * @throws Error for a stretch the session doesn't have: a step always names one it has.
   */
  readonly stretch: StretchLookup = (id) => this.#stretches(id);

  /** False until main has answered once, so the start screen doesn't flash before a session. */
  get loaded(): boolean {
    return this.#session.loaded;
  }

  /** The last call main refused, in words; cleared by the next success. */
  get error(): string | undefined {
    return this.#session.error;
  }

  /** Subscribes to main's pushes and fetches the current session. Returns the undo. */
  connect(): Dispose {
    this.#disposers.push(
      this.#session.connect(),
      this.#visibility.onChange(() => this.#refresh()),
      () => this.#cancelTick?.(),
    );
    return () => this.dispose();
  }

  /** Asks main to pause, skip, end…; shows main's answer. */
  async control(action: SessionAction): Promise<void> {
    await this.#session.update(() => this.#api.controlSession({ action }));
  }

  /** Pause when running, resume when paused. */
  togglePause(): Promise<void> {
    const status = this.view?.status;
    if (status === 'running') return this.control('pause');
    if (status === 'paused') return this.control('resume');
    return Promise.resolve();
  }

  /** Starts a routine from the start screen or "Start again". */
  async startRoutine(routineId: RoutineId): Promise<void> {
    await this.#session.update(() => this.#api.startRoutine({ routineId }));
  }

  /** Closes the player window (main decides what that means for the session). */
  async close(): Promise<void> {
    await this.#session.call(() => this.#api.closeWindow());
  }

  dispose(): void {
    for (const dispose of this.#disposers.splice(0)) dispose();
  }

  /** A snapshot just arrived: its positions count from now. */
  #anchor(): void {
    this.receivedAt = this.#clock();
    this.now = this.receivedAt;
    this.#schedule();
  }

  /** Catches up after the page was hidden, then re-arms the timer. */
  #refresh(): void {
    this.now = this.#clock();
    this.#schedule();
  }

  /** One timer, aimed at the next moment the screen changes; none while paused or hidden. */
  #schedule(): void {
    this.#cancelTick?.();
    this.#cancelTick = undefined;
    if (this.#visibility.isHidden() || !this.view) return;
    const delay = nextRefreshDelay(this.view);
    if (delay === undefined) return;
    this.#cancelTick = this.#timers.setTimeout(() => this.#refresh(), delay);
  }
}
