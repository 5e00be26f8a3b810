import { getRoutine, getStretch } from '../../../shared/content/catalog';
import type { RoutineId } from '../../../shared/content/types';
import { buildLimberApi, type IpcTransport, type LimberApi } from '../../../shared/ipc/build-api';
import { eventChannels, invokeChannels } from '../../../shared/ipc/channels';
import { fail, ok } from '../../../shared/ipc/result';
import type { SessionAction, SessionSnapshot } from '../../../shared/ipc/schemas';
import { deepMerge } from '../../../shared/settings/merge';
import { defaultSettings, type Settings } from '../../../shared/settings/schema';
import {
  buildTimeline,
  endEarly,
  pausePlayer,
  restartStretch,
  resumePlayer,
  settle,
  skipBack,
  skipForward,
  toSnapshot,
} from '../../../shared/routine/index';
import type { PlayerState, Timeline, TimelineStep } from '../../../shared/routine/types';
import type { Dispose } from '../../../shared/time/clock';
import { ManualClock } from './manual-clock';

/** One call the renderer made, as main received it. */
export interface RecordedCall {
  channel: string;
  payload: unknown;
}

/** Where a test wants the session to be when the window opens. */
export interface SessionSetup {
  routineId: RoutineId;
  /** The first step matching this is where the player stands. @default the first step */
  at?: (step: TimelineStep) => boolean;
  /** Milliseconds into that step. @default 0 */
  intoStepMs?: number;
  /** @default 'paused', so what a test reads doesn't depend on time passing */
  status?: 'running' | 'paused';
}

/**
 * A stand-in for the main process: a real timeline and the real player functions, behind the
 * real contract's channel names, over an in-memory transport. Tests drive the renderer through
 * `api` and check what main was asked through `calls`.
 */
export class FakeMain {
  readonly clock = new ManualClock();
  readonly calls: RecordedCall[] = [];
  /** Main's settings; the safety note starts read so tests open straight onto the player. */
  settings: Settings;
  timeline: Timeline | undefined;
  player: PlayerState | undefined;
  readonly api: LimberApi;
  #listeners = new Map<string, Set<(payload: unknown) => void>>();

  constructor(settings: Partial<Settings> = {}) {
    this.settings = { ...defaultSettings, safetyNoteAcknowledged: true, ...settings };
    const transport: IpcTransport = {
      invoke: async (channel, payload) => {
        this.calls.push({ channel, payload });
        return this.#handle(channel, payload);
      },
      subscribe: (channel, listener): Dispose => {
        const set = this.#listeners.get(channel) ?? new Set();
        set.add(listener);
        this.#listeners.set(channel, set);
        return () => set.delete(listener);
      },
    };
    this.api = buildLimberApi(transport);
  }

  /** Puts a session in place before the window opens (or pushes it if it is open). */
  startSession(setup: SessionSetup): void {
    const timeline = buildTimeline(getRoutine(setup.routineId), getStretch);
    const step = (setup.at && timeline.steps.find(setup.at)) ?? timeline.steps[0];
    if (!step) throw new Error('No step matches the setup.');
    const positionMs = step.startMs + (setup.intoStepMs ?? 0);
    const now = this.clock.monotonic();
    const running: PlayerState = {
      status: 'running',
      positionMs,
      activeMs: positionMs,
      anchorAt: now,
    };
    this.timeline = timeline;
    this.player = (setup.status ?? 'paused') === 'paused' ? pausePlayer(running, now) : running;
  }

  /** The session as main would send it now. */
  snapshot(): SessionSnapshot | null {
    if (!this.timeline || !this.player) return null;
    const now = this.clock.monotonic();
    this.player = settle(this.timeline, this.player, now);
    return {
      sessionId: 'session-1',
      timeline: this.timeline,
      player: toSnapshot(this.timeline, this.player, now),
    };
  }

  /** Pushes the current session to every subscribed window, as main does after a change. */
  pushSession(): void {
    this.#emit(eventChannels.session, this.snapshot());
  }

  /** The actions the renderer asked for, in order. */
  actions(): SessionAction[] {
    return this.calls
      .filter((call) => call.channel === invokeChannels.controlSession)
      .map((call) => (call.payload as { action: SessionAction }).action);
  }

  /** How many times the renderer called `channel`. */
  callCount(channel: string): number {
    return this.calls.filter((call) => call.channel === channel).length;
  }

  /** Changes settings as main does after any window's change, and pushes them to every window. */
  updateSettings(patch: unknown): Settings {
    this.settings = deepMerge(this.settings, patch);
    this.#emit(eventChannels.settings, this.settings);
    return this.settings;
  }

  #emit(channel: string, payload: unknown): void {
    for (const listener of this.#listeners.get(channel) ?? []) listener(payload);
  }

  #handle(channel: string, payload: unknown): unknown {
    const now = this.clock.monotonic();
    switch (channel) {
      case invokeChannels.getSession:
        return ok(this.snapshot());
      case invokeChannels.getSettings:
        return ok(this.settings);
      case invokeChannels.updateSettings:
        return ok(this.updateSettings(payload));
      case invokeChannels.acknowledgeSafetyNote:
        this.settings = { ...this.settings, safetyNoteAcknowledged: true };
        if (this.player) this.player = resumePlayer(this.player, now);
        this.pushSession();
        return ok(this.settings);
      case invokeChannels.startRoutine:
        this.startSession({
          routineId: (payload as { routineId: RoutineId }).routineId,
          status: 'running',
        });
        return ok(this.snapshot());
      case invokeChannels.controlSession:
        return this.#control((payload as { action: SessionAction }).action, now);
      case invokeChannels.closeWindow:
        return ok(null);
      default:
        return fail('unknown-channel', `No handler for ${channel}`);
    }
  }

  #control(action: SessionAction, now: number): unknown {
    const { timeline, player } = this;
    if (!timeline || !player) return fail('failed', 'No routine is running.');
    const next: Record<SessionAction, () => PlayerState> = {
      pause: () => pausePlayer(player, now),
      resume: () => resumePlayer(player, now),
      next: () => skipForward(timeline, player, now),
      back: () => skipBack(timeline, player, now),
      'restart-stretch': () => restartStretch(timeline, player, now),
      end: () => endEarly(player, now),
    };
    this.player = next[action]();
    return ok(this.snapshot());
  }
}
