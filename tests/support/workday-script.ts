import type { NudgeAnswer } from '@shared/reminders/nudge-schema';
import { defaultSettings } from '@shared/settings/schema';
import type { Timers } from '@shared/time/clock';

import { sittingConfigFrom } from '../../src-main/sitting/sitting-config';
import { createSittingService } from '../../src-main/sitting/sitting-service';
import { FakeClock } from './fake-clock';
import { FakeIdleSource, FakeNotifier, FakePowerEvents } from './fake-os';

/**
 * A scripted 8-hour workday, replayed through the real sitting service on a fake clock, to count
 * how often main wakes up. Minutes are real time from the start of the day. Shared by the unit
 * test that holds the service to its wakeup budget and by `npm run bench`.
 */
export interface WorkdayScript {
  durationMin: number;
  /** [from, to): no keyboard or mouse input (short pauses, reading, coffee, meetings). */
  away: [number, number][];
  /** [from, to): the screen is locked (and the user away). */
  locked: [number, number][];
  /** [from, to): the machine sleeps; its monotonic clock stops, as on Linux and macOS. */
  asleep: [number, number][];
  /**
   * [from, to): on a video call at the desk: no keyboard or mouse input, the camera and the
   * microphone in use. Sitting, not a break; a nudge that falls due is held until it ends.
   */
  calls?: [number, number][];
  /** What the user does with the n-th nudge (the last entry repeats). */
  answers: (NudgeAnswer | 'ignore')[];
  /** How long a desk break takes, in minutes. */
  stretchMin: number;
}

/** Pauses, a coffee, a meeting, lunch with the screen locked, a laptop nap, answers of all kinds. */
export const standardWorkday: WorkdayScript = {
  durationMin: 8 * 60,
  away: [
    [20, 22], // a 2-minute pause: still sitting
    [35, 39], // reading a long page: still sitting
    [70, 74], // a 4-minute coffee: not a break
    [130, 145], // a stand-up meeting elsewhere
    [300, 303], // a short pause
    [400, 408], // a walk to a colleague
  ],
  locked: [
    [200, 245], // lunch
  ],
  asleep: [[330, 350]], // laptop closed in a meeting room
  answers: [
    { action: 'snooze', minutes: 10 },
    { action: 'stretch' },
    'ignore',
    { action: 'skip' },
    { action: 'stretch' },
  ],
  stretchMin: 3,
};

/** The same day with two video calls: nobody types, and the nudge due in the first is held. */
export const meetingWorkday: WorkdayScript = {
  ...standardWorkday,
  away: [
    [20, 22],
    [35, 39],
    [130, 145],
    [300, 303],
    [400, 408],
  ],
  calls: [
    [75, 125], // a 50-minute call, camera on, over the time a nudge falls due
    [250, 290], // a 40-minute call after lunch
  ],
};

/**
 * A whole day of a machine that never sleeps on its own: `workday` from 08:00, then the
 * evening with the screen left unlocked and nobody there, then the night locked until 08:00.
 */
export function wholeDay(workday: WorkdayScript, eveningMin = 6 * 60): WorkdayScript {
  const end = workday.durationMin;
  return {
    ...workday,
    durationMin: 24 * 60,
    away: [...workday.away, [end, end + eveningMin]],
    locked: [...workday.locked, [end + eveningMin, 24 * 60]],
  };
}

/** What came out of a replay. */
export interface WorkdayResult {
  /** Real minute of every timer wakeup of the service (samples and tray refreshes alike). */
  wakeups: number[];
  /** Real minute of every nudge shown. */
  nudges: number[];
  /** How many times the OS idle time was read. */
  idleReads: number;
  /** Timer wakeups in each hour of the day. */
  wakeupsPerHour: number[];
  /** Timer wakeups per hour over the minutes the user sat at the desk. */
  deskWakeupsPerHour: number;
}

const MIN = 60_000;
/** How long the scripted user takes to answer a nudge. */
const ANSWER_DELAY_MS = 20_000;
const within = (spans: [number, number][], minute: number) =>
  spans.some(([from, to]) => minute >= from && minute < to);

/** Replays `script` minute by minute; the service's timers fire in between, as they would. */
export function replayWorkday(script: WorkdayScript = standardWorkday): WorkdayResult {
  const clock = new FakeClock();
  const monoStart = clock.monotonic();
  let sleptMs = 0;
  const realMinute = () => (clock.monotonic() - monoStart + sleptMs) / MIN;
  const result = { wakeups: [] as number[], nudges: [] as number[] };

  const timers: Timers = {
    setTimeout: (callback, delayMs) =>
      clock.setTimeout(() => {
        result.wakeups.push(realMinute());
        callback();
      }, delayMs),
  };
  // Someone typing reads a second or two of idle; after they stop, it grows with the clock.
  const idle = new FakeIdleSource(clock, 2);
  const power = new FakePowerEvents();
  let pendingAnswer: NudgeAnswer | undefined;
  let stretchEndsAt: number | null = null;

  const sitting = createSittingService({
    clock,
    timers,
    idle,
    power,
    notifier: new FakeNotifier(),
    windows: { showNudge: () => {}, closeNudge: () => {} },
    getConfig: () => sittingConfigFrom(defaultSettings),
    openDeskBreak: () => {
      stretchEndsAt = Math.round(realMinute()) + script.stretchMin;
    },
  });
  sitting.subscribeNudge((nudge) => {
    if (!nudge) return;
    const answer = script.answers[Math.min(result.nudges.length, script.answers.length - 1)];
    result.nudges.push(realMinute());
    // The user answers a moment later, at the next step: never from inside main's own call.
    pendingAnswer = answer === 'ignore' ? undefined : answer;
  });

  let deskMinutes = 0;
  for (let minute = 0; minute < script.durationMin; minute++) {
    const sleeping = within(script.asleep, minute);
    const wasSleeping = within(script.asleep, minute - 1);
    if (sleeping && !wasSleeping) {
      power.emit('suspend');
      idle.stopInput();
    }
    if (!sleeping && wasSleeping) power.emit('resume');
    const locked = within(script.locked, minute);
    if (locked && !within(script.locked, minute - 1)) power.emit('lock');
    if (!locked && within(script.locked, minute - 1)) power.emit('unlock');
    if (stretchEndsAt === minute) {
      stretchEndsAt = null;
      sitting.routineCompleted();
    }
    const away = sleeping || locked || within(script.away, minute) || stretchEndsAt !== null;
    if (away && idle.typingNow) idle.stopInput();
    if (!away) idle.typing();
    let leftOfMinute = MIN;
    if (pendingAnswer) {
      // A person takes a moment to answer: off the minute grid, so the tray's minute refresh and
      // the new deadline fall at different seconds, as they do on a real desk.
      clock.advance(ANSWER_DELAY_MS);
      leftOfMinute -= ANSWER_DELAY_MS;
      const answer = pendingAnswer;
      pendingAnswer = undefined;
      sitting.answer(answer);
      if (answer.action === 'stretch') idle.stopInput();
    }
    if (!away) deskMinutes++;
    if (sleeping) {
      // Asleep: the monotonic clock and every timer stand still; wall and boot time move.
      clock.suspend(MIN);
      sleptMs += MIN;
    } else clock.advance(leftOfMinute);
  }
  sitting.dispose();

  const hours = Math.ceil(script.durationMin / 60);
  const wakeupsPerHour = Array.from(
    { length: hours },
    (_, hour) => result.wakeups.filter((m) => m >= hour * 60 && m < (hour + 1) * 60).length,
  );
  const deskWakeups = result.wakeups.filter((m) => {
    const minute = Math.floor(m);
    return !within([...script.away, ...script.locked, ...script.asleep], minute);
  }).length;
  return {
    ...result,
    idleReads: idle.reads,
    wakeupsPerHour,
    deskWakeupsPerHour: deskWakeups / (deskMinutes / 60),
  };
}
