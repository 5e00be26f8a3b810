import { getRoutine, getStretch } from '@shared/content/catalog';
import type { RoutineId } from '@shared/content/types';
import { eventChannels, invokeChannels } from '@shared/ipc/channels';
import { fail, ok } from '@shared/ipc/result';
import {
  buildTimeline,
  endEarly,
  pausePlayer,
  restartStretch,
  resumePlayer,
  settle,
  skipBack,
  skipForward,
  snapshotFrom,
} from '@shared/routine';
import { sessionStretches } from '@shared/routine/session-stretches';
import { routineLengths } from '@shared/routine/settings-timeline';
import type { SessionAction, SessionSnapshot } from '@shared/routine/snapshot-schema';
import type { PlayerState, Timeline, TimelineStep } from '@shared/routine/types';
import { defaultSettings, type Settings } from '@shared/settings/schema';

import { FakeTransport } from './fake-transport';
import { ManualClock } from './manual-clock';
import { SettingsMain } from './settings-main';

export type { RecordedCall } from './fake-transport';

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
  readonly #transport = new FakeTransport();
  readonly calls = this.#transport.calls;
  readonly api = this.#transport.api;
  timeline: Timeline | undefined;
  player: PlayerState | undefined;
  /** Main's settings side, validated as real main does; the player adds only the safety note. */
  readonly #settingsMain: SettingsMain;

  /** The safety note starts read so tests open straight onto the player. */
  constructor(settings: Partial<Settings> = {}) {
    const initial = { ...defaultSettings, safetyNoteAcknowledged: true, ...settings };
    this.#settingsMain = new SettingsMain(initial, this.#transport);
    const transport = this.#transport;
    transport.handle('getSession', () => ok(this.snapshot()));
    transport.handle('acknowledgeSafetyNote', () => this.#acknowledgeSafetyNote());
    transport.handle('startRoutine', (payload) => {
      const { routineId } = payload as { routineId: RoutineId };
      this.startSession({ routineId, status: 'running' });
      return ok(this.snapshot());
    });
    transport.handle('controlSession', (payload) =>
      this.#control((payload as { action: SessionAction }).action),
    );
    transport.handle('closeWindow', () => ok(null));
    // Main's own answer, from the settings as they stand.
    transport.handle('getRoutineLengths', () => ok(routineLengths(this.settings)));
  }

  /** Main's settings as they stand. */
  get settings(): Settings {
    return this.#settingsMain.settings;
  }

  set settings(next: Settings) {
    this.#settingsMain.settings = next;
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
      stretches: sessionStretches(this.timeline),
      player: snapshotFrom(this.timeline, this.player, now),
    };
  }

  /** Pushes the current session to every subscribed window, as main does after a change. */
  pushSession(): void {
    this.#transport.emit(eventChannels.session, this.snapshot());
  }

  /** The actions the renderer asked for, in order. */
  actions(): SessionAction[] {
    return this.#transport
      .payloadsOf(invokeChannels.controlSession)
      .map((payload) => (payload as { action: SessionAction }).action);
  }

  /** How many times the renderer called `channel`. */
  callCount(channel: string): number {
    return this.#transport.payloadsOf(channel).length;
  }

  #acknowledgeSafetyNote(): unknown {
    this.settings = { ...this.settings, safetyNoteAcknowledged: true };
    if (this.player) this.player = resumePlayer(this.player, this.clock.monotonic());
    this.pushSession();
    return ok(this.settings);
  }

  #control(action: SessionAction): unknown {
    const { timeline, player } = this;
    const now = this.clock.monotonic();
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
