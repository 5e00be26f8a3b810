import { invokeChannels } from '@shared/ipc/channels';
import { sameData } from '@shared/settings/merge';
import { SettingsSchema } from '@shared/settings/schema';
import type { Dispose, Timers } from '@shared/time/clock';

import {
  createMainRuntime,
  type MainRuntime,
  type TimedService,
} from '../../../../src-main/app/main-runtime';
import type { SenderInfo } from '../../../../src-main/ipc/sender-policy';
import { silentLog } from '../../../../src-main/platform/log-port';
import type { NotificationRequest } from '../../../../src-main/platform/notifier-port';
import type { PowerEvent } from '../../../../src-main/platform/power-port';
import { createMemorySettingsFile } from '../../../../src-main/settings/memory-settings-file';
import { loadSettings } from '../../../../src-main/settings/settings-load';
import { FakeClock } from '../../../support/fake-clock';
import { FakePowerEvents } from '../../../support/fake-os';
import { FaultySettingsFile, type FileFault } from './faulty-settings-file';

const MIN = 60_000;

/** Something the outside world does to Limber: the OS, the user, a window, the disk. */
export type ChaosStep =
  | { kind: 'idle'; seconds: number }
  | { kind: 'idle-throws'; on: boolean }
  | { kind: 'advance'; ms: number }
  | { kind: 'power'; event: PowerEvent }
  | { kind: 'sleep'; ms: number }
  | { kind: 'wall-jump'; ms: number }
  | { kind: 'time-zone'; zone: string }
  | { kind: 'ipc'; channel: string; payload: unknown; trusted: boolean }
  | { kind: 'action'; name: ActionName; arg?: unknown }
  | { kind: 'player-closed' }
  | { kind: 'file'; fault: FileFault | 'heal' }
  | { kind: 'throwing'; what: 'listener' | 'notifier' | 'window'; on: boolean }
  | { kind: 'quit' };

export type ActionName =
  | 'startMorningRoutine'
  | 'startDeskBreak'
  | 'startRoutine'
  | 'pauseReminders'
  | 'resumeReminders'
  | 'openSettings';

const trustedSender: SenderInfo = {
  webContentsId: 1,
  frameUrl: 'app://limber/index.html',
  isMainFrame: true,
};
const forgedSender: SenderInfo = { ...trustedSender, frameUrl: 'https://evil.example/' };

/** Timers that know who armed them, so the sitting service's own can be counted. */
class ServiceTimers {
  readonly armed = new Map<TimedService, Set<{ dueAt: number; delayMs: number }>>();

  constructor(private readonly clock: FakeClock) {}

  for(service: TimedService): Timers {
    const armed = this.armed.get(service) ?? new Set();
    this.armed.set(service, armed);
    return {
      setTimeout: (callback, delayMs): Dispose => {
        const entry = { dueAt: this.clock.monotonic() + delayMs, delayMs };
        armed.add(entry);
        const cancel = this.clock.setTimeout(() => {
          armed.delete(entry);
          callback();
        }, delayMs);
        return () => {
          armed.delete(entry);
          cancel();
        };
      },
    };
  }

  of(service: TimedService): { dueAt: number; delayMs: number }[] {
    return [...(this.armed.get(service) ?? [])];
  }
}

/**
 * Main's real runtime on a fake clock, with every port able to misbehave. `apply` plays one
 * step; `check` throws with what went wrong if any invariant a user relies on is broken.
 */
export class ChaosWorld {
  readonly clock = new FakeClock();
  readonly file: FaultySettingsFile;
  readonly runtime: MainRuntime;
  readonly #timers = new ServiceTimers(this.clock);
  readonly #power = new FakePowerEvents();
  readonly #startMono = this.clock.monotonic();
  /** Monotonic time and least gap (the shortest snooze then) of every stand-up nudge shown. */
  readonly nudges: { atMono: number; minGapMs: number }[] = [];
  #idleSeconds = 2;
  #idleThrows = false;
  #throwing = { listener: false, notifier: false, window: false };
  /** The store would not write the file at all (it came from a newer Limber, or was unreadable). */
  readonly #heldOff: boolean;

  constructor(settingsText?: string) {
    this.file = new FaultySettingsFile(settingsText);
    const windowCall = () => {
      if (this.#throwing.window) throw new Error('window gone');
    };
    this.runtime = createMainRuntime({
      clock: this.clock,
      timers: this.clock,
      timersFor: (service) => this.#timers.for(service),
      windows: {
        showPlayer: windowCall,
        showNudge: windowCall,
        closeNudge: windowCall,
        showSettings: windowCall,
        showHistory: windowCall,
        showStatus: windowCall,
        showWelcome: windowCall,
        closeWindowOf: (sender) => {
          windowCall();
          if (sender.webContentsId === trustedSender.webContentsId) this.runtime.playerClosed();
        },
      },
      broadcast: () => {},
      idle: {
        idleSeconds: () => {
          if (this.#idleThrows) throw new Error('idle time unavailable');
          return this.#idleSeconds;
        },
      },
      power: this.#power,
      notifier: { show: (request) => this.#notify(request) },
      settingsFile: this.file,
      trustedSenders: () => ({
        origin: { protocol: 'app:', host: 'limber' },
        webContentsIds: new Set([trustedSender.webContentsId]),
      }),
      log: silentLog,
    });
    const throwIfAsked = () => {
      if (this.#throwing.listener) throw new Error('listener broke');
    };
    this.runtime.sitting.subscribe(throwIfAsked);
    this.runtime.sitting.subscribeNudge(throwIfAsked);
    this.runtime.settings.subscribe(throwIfAsked);
    this.runtime.session.subscribe(throwIfAsked);
    this.#heldOff = this.runtime.settings
      .notices()
      .some((notice) => notice.message.includes('will not change'));
  }

  #notify(request: NotificationRequest): Dispose {
    // Stand-up nudges only: the morning offer and the settings' and history's notices are not.
    if (/time to stand up/i.test(request.title)) {
      const snoozes = this.runtime.settings.get().reminders.snoozeOptionsMin;
      this.nudges.push({ atMono: this.clock.monotonic(), minGapMs: Math.min(...snoozes) * MIN });
    }
    if (this.#throwing.notifier) throw new Error('notifications switched off');
    return () => {};
  }

  /** Plays one step. Anything it throws escaped Limber: a test failure. */
  async apply(step: ChaosStep): Promise<void> {
    const { runtime, clock } = this;
    switch (step.kind) {
      case 'idle':
        this.#idleSeconds = step.seconds;
        return;
      case 'idle-throws':
        this.#idleThrows = step.on;
        return;
      case 'advance':
        return clock.advance(step.ms);
      case 'power':
        return this.#power.emit(step.event);
      case 'sleep':
        return clock.suspend(step.ms);
      case 'wall-jump':
        return clock.setWall(clock.now() + step.ms);
      case 'time-zone':
        process.env.TZ = step.zone;
        return;
      case 'ipc': {
        const sender = step.trusted ? trustedSender : forgedSender;
        const result = await runtime.dispatcher.dispatch(step.channel, sender, step.payload);
        if (typeof result !== 'object' || result === null || !('ok' in result))
          throw new Error(`IPC answered with no result: ${String(result)}`);
        return;
      }
      case 'action': {
        const actions = runtime.actions as unknown as Record<ActionName, (arg?: unknown) => void>;
        return actions[step.name](step.arg);
      }
      case 'player-closed':
        return runtime.playerClosed();
      case 'file':
        if (step.fault === 'heal') this.file.heal();
        else this.file.inflict(step.fault);
        return;
      case 'throwing':
        this.#throwing[step.what] = step.on;
        return;
      case 'quit':
        return runtime.settings.flush();
    }
  }

  /** Every invariant, as of now. Throws an Error naming the first one broken. */
  check(): void {
    this.#oneSittingTimer();
    this.#boutWithinRealTime();
    this.#nudgesApart();
    this.#settingsLoadAgain();
  }

  #oneSittingTimer(): void {
    const armed = this.#timers.of('sitting');
    if (armed.length !== 1)
      throw new Error(`The sitting service has ${armed.length} timers armed, not 1`);
    const [timer] = armed;
    if (!timer || !Number.isFinite(timer.delayMs) || !Number.isFinite(timer.dueAt))
      throw new Error(`The sitting timer has no finite delay: ${timer?.delayMs}`);
  }

  #boutWithinRealTime(): void {
    const { boutMs } = this.runtime.sitting.status();
    const realMs = this.clock.monotonic() - this.#startMono;
    if (boutMs !== null && !(boutMs >= 0 && boutMs <= realMs))
      throw new Error(`The bout is ${boutMs} ms after ${realMs} ms of real time`);
  }

  #nudgesApart(): void {
    for (let i = 1; i < this.nudges.length; i++) {
      const gap = this.nudges[i]!.atMono - this.nudges[i - 1]!.atMono;
      if (gap < this.nudges[i]!.minGapMs)
        throw new Error(`Two nudges ${gap} ms apart, under the shortest snooze`);
    }
  }

  /**
   * The settings on disk load again, as the next start would (from a copy, so the check changes
   * nothing). With nothing failing, after a flush (as at quit) they are the settings in use.
   */
  #settingsLoadAgain(): void {
    this.runtime.settings.flush();
    const copy = createMemorySettingsFile();
    for (const [name, text] of this.file.files) copy.files.set(name, text);
    const loaded = loadSettings(copy, 'check');
    if (!SettingsSchema.safeParse(loaded.settings).success)
      throw new Error('The settings loaded from disk are not valid settings');
    if (this.#heldOff || this.file.writesFail()) return;
    if (!sameData(loaded.settings, this.runtime.settings.get()))
      throw new Error('The settings on disk are not the settings the user saved');
  }
}

/** Every channel name, for IPC steps. */
export const channelNames = Object.values(invokeChannels);
