import { type DetectedKind, no, yes } from '@shared/quiet/signal';
import type { NudgeAnswer } from '@shared/reminders/nudge-schema';

import { createMainRuntime } from '../../src-main/app/main-runtime';
import type { IdlePort } from '../../src-main/platform/idle-port';
import type { BusyDetector } from '../../src-main/quiet/quiet-ports';
import { createMemorySettingsFile } from '../../src-main/settings/memory-settings-file';
import { FakeNotifier, FakePowerEvents } from '../support/fake-os';
import type { WorkdayScript } from '../support/workday-script';
import type { DayClock, DaySubject, UserMinute } from './workday-replay';

/**
 * The user's input as the OS idle counter sees it: someone typing reads a second or two; after
 * they stop, it grows with the clock. Counts reads, since each is a call into the OS.
 */
class ScriptedIdle implements IdlePort {
  lastInputMono: number | null = null;
  reads = 0;
  constructor(private readonly day: DayClock) {}
  idleSeconds(): number {
    this.reads++;
    if (this.lastInputMono === null) return 2;
    return Math.floor((this.day.fake.monotonic() - this.lastInputMono) / 1000);
  }
  /** The user types this minute, or stopped (now, if not already). */
  follow(noInput: boolean): void {
    if (!noInput) this.lastInputMono = null;
    else this.lastInputMono ??= this.day.fake.monotonic();
  }
}

/** Power events as the OS would send them when the script's state flips. */
function powerTransitions(now: UserMinute, before: UserMinute | undefined) {
  const was = before ?? { asleep: false, locked: false };
  const events: ('suspend' | 'resume' | 'lock' | 'unlock')[] = [];
  if (now.asleep !== was.asleep) events.push(now.asleep ? 'suspend' : 'resume');
  if (now.locked !== was.locked) events.push(now.locked ? 'lock' : 'unlock');
  return events;
}

/**
 * The camera and microphone as the OS detectors would find them: in use during the script's
 * calls. Each look is counted, since each is a command run in the app.
 */
class ScriptedCall {
  inCall = false;
  looks = 0;
  detectors(kinds: readonly DetectedKind[]): BusyDetector[] {
    return kinds
      .filter((kind) => kind === 'camera' || kind === 'microphone')
      .map((kind) => ({
        kind,
        platform: 'linux',
        detect: () => {
          this.looks++;
          return Promise.resolve(this.inCall ? yes : no);
        },
      }));
  }
}

/**
 * Limber as shipped: the whole of main's services (createMainRuntime) on the day's clock. Each
 * nudge is answered a minute later as the script says; "Stretch now" runs the real desk break,
 * and its completion resets the bout, as in the app.
 */
export function limberSubject(script: WorkdayScript, day: DayClock) {
  const idle = new ScriptedIdle(day);
  const power = new FakePowerEvents();
  const notifier = new FakeNotifier();
  const call = new ScriptedCall();
  let trayUpdates = 0;
  const runtime = createMainRuntime({
    clock: day.fake,
    timers: day.timers,
    windows: {
      showPlayer: () => undefined,
      showNudge: () => undefined,
      closeNudge: () => undefined,
      showSettings: () => undefined,
      showHistory: () => undefined,
      showStatus: () => undefined,
      showWelcome: () => undefined,
      closeWindowOf: () => undefined,
    },
    broadcast: (event) => {
      if (event === 'sittingStatus') trayUpdates++;
    },
    idle,
    power,
    notifier,
    busyDetectors: (kinds) => call.detectors(kinds),
    settingsFile: createMemorySettingsFile(),
    trustedSenders: () => ({
      origin: { protocol: 'app:', host: 'limber' },
      webContentsIds: new Set(),
    }),
  });
  runtime.settings.update({ safetyNoteAcknowledged: true });

  const nudges: number[] = [];
  let pending: NudgeAnswer | undefined;
  runtime.sitting.subscribeNudge((nudge) => {
    if (!nudge) return;
    const answer = script.answers[Math.min(nudges.length, script.answers.length - 1)];
    nudges.push(Math.round(day.realMinute()));
    pending = answer === 'ignore' ? undefined : answer;
  });
  const busy = () => runtime.session.snapshot()?.player.status === 'running';

  const subject: DaySubject = {
    enterMinute(now, before) {
      for (const event of powerTransitions(now, before)) power.emit(event);
      call.inCall = now.inCall;
      idle.follow(now.noInput || busy());
      if (pending) {
        const answer = pending;
        pending = undefined;
        runtime.sitting.answer(answer);
        // Off to stretch: no input until the routine is over.
        if (answer.action === 'stretch') idle.follow(true);
      }
    },
    busy,
    holding: () => runtime.quiet.holdText() !== null,
  };
  return {
    subject,
    nudges,
    idleReads: () => idle.reads,
    trayUpdates: () => trayUpdates,
    detectorLooks: () => call.looks,
    dispose: () => runtime.sitting.dispose(),
  };
}

/**
 * The usual alternative (stretchly's): a loop that wakes every second, reads the idle time and
 * redraws the tray. It needs no script: it finds everything out by asking, every second.
 */
export function pollerSubject(day: DayClock) {
  const idle = new ScriptedIdle(day);
  let trayUpdates = 0;
  let stop = () => undefined as void;
  const tick = () => {
    idle.idleSeconds();
    trayUpdates++;
    stop = day.timers.setTimeout(tick, 1_000);
  };
  stop = day.timers.setTimeout(tick, 1_000);
  const subject: DaySubject = { enterMinute: (now) => idle.follow(now.noInput) };
  return {
    subject,
    idleReads: () => idle.reads,
    trayUpdates: () => trayUpdates,
    detectorLooks: () => 0,
    nudges: [] as number[],
    dispose: () => stop(),
  };
}
