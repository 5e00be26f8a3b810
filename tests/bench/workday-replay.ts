import type { Timers } from '@shared/time/clock';

import { FakeClock } from '../support/fake-clock';
import type { WorkdayScript } from '../support/workday-script';

const MIN = 60_000;

/** Where the user is during a minute, as the wakeup figures are split. */
export type DayState = 'desk' | 'held' | 'away' | 'locked' | 'asleep';
export const DAY_STATES: readonly DayState[] = ['desk', 'held', 'away', 'locked', 'asleep'];

/** What the user does during one minute of the scripted day. */
export interface UserMinute {
  minute: number;
  asleep: boolean;
  locked: boolean;
  /** On a call at the desk: camera and microphone in use. */
  inCall: boolean;
  /** No keyboard or mouse input this minute (away, on a call, locked or asleep). */
  noInput: boolean;
}

/** Something replayed through the day: it hears each minute begin and lives on the day's clock. */
export interface DaySubject {
  /** Called as `now` begins; `before` is the minute before (undefined at the start). */
  enterMinute(now: UserMinute, before: UserMinute | undefined): void;
  /** True while the user is busy stretching: away from the desk, whatever the script says. */
  busy?(): boolean;
  /** True while a nudge is held back (a call): main looks again about once a minute then. */
  holding?(): boolean;
}

/**
 * Timer wakeups over the day, and how they split over where the user was. 'held': at the desk
 * with a nudge held back (issue 9 asks to look again about once a minute, and only then).
 */
export interface WakeupCount {
  /** Wakeups in each hour of the day (real time). */
  perHour: number[];
  total: number;
  deskMinutes: number;
  deskWakeups: number;
  /** Wakeups per hour over the minutes at the desk, held nudges or not. */
  deskPerHour: number;
  /** Minutes, wakeups and wakeups per hour in each state (NaN for a state the day never has). */
  byState: Record<DayState, { minutes: number; wakeups: number; perHour: number }>;
}

/** Lets promises settle (a detector's answer, a D-Bus reply), as the event loop would. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A FakeClock that keeps real time through sleep (the monotonic clock and every timer stand
 * still, only the wall clock moves, as on Linux and macOS), with timers that log each wakeup.
 */
export class DayClock {
  readonly fake = new FakeClock();
  readonly wakeups: number[] = [];
  readonly #monoStart = this.fake.monotonic();
  #sleptMs = 0;

  /** Minutes of real time since the start of the day. */
  realMinute(): number {
    return (this.fake.monotonic() - this.#monoStart + this.#sleptMs) / MIN;
  }

  /** One-shot timers whose every firing is logged as a wakeup at its real minute. */
  readonly timers: Timers = {
    setTimeout: (callback, delayMs) =>
      this.fake.setTimeout(() => {
        this.wakeups.push(this.realMinute());
        callback();
      }, delayMs),
  };

  /**
   * Lets one minute pass, awake (timers fire, one at a time, with promises settled after each,
   * so async answers arrive before the next timer) or asleep (nothing fires).
   */
  async passMinute(asleep: boolean): Promise<void> {
    if (asleep) {
      this.fake.setWall(this.fake.now() + MIN);
      this.#sleptMs += MIN;
      return;
    }
    const end = this.fake.monotonic() + MIN;
    for (;;) {
      const next = this.fake.nextDueAt();
      if (next === null || next > end) break;
      this.fake.advance(Math.max(0, next - this.fake.monotonic()));
      await settle();
    }
    this.fake.advance(end - this.fake.monotonic());
    await settle();
  }
}

const within = (spans: readonly [number, number][], minute: number) =>
  spans.some(([from, to]) => minute >= from && minute < to);

/** What the script says about `minute`. */
export function userMinute(script: WorkdayScript, minute: number): UserMinute {
  const asleep = within(script.asleep, minute);
  const locked = within(script.locked, minute);
  const inCall = !asleep && !locked && within(script.calls ?? [], minute);
  const noInput = asleep || locked || inCall || within(script.away, minute);
  return { minute, asleep, locked, inCall, noInput };
}

/** A call is time at the desk; a stretch is time away from it. */
function stateOf(now: UserMinute, stretching: boolean, holding: boolean): DayState {
  if (now.asleep) return 'asleep';
  if (now.locked) return 'locked';
  if (!now.inCall && (now.noInput || stretching)) return 'away';
  return holding ? 'held' : 'desk';
}

/** Replays `script` minute by minute through `subject` on `day`, and counts the wakeups. */
export async function replayDay(
  script: WorkdayScript,
  day: DayClock,
  subject: DaySubject,
): Promise<WakeupCount> {
  const states: DayState[] = [];
  let before: UserMinute | undefined;
  for (let minute = 0; minute < script.durationMin; minute++) {
    const now = userMinute(script, minute);
    subject.enterMinute(now, before);
    const stretching = subject.busy?.() ?? false;
    const holdingBefore = subject.holding?.() ?? false;
    await day.passMinute(now.asleep);
    const holding = holdingBefore || (subject.holding?.() ?? false);
    states[minute] = stateOf(now, stretching, holding);
    before = now;
  }
  const hours = Math.ceil(script.durationMin / 60);
  const perHour = Array.from({ length: hours }, () => 0);
  const byState = Object.fromEntries(
    DAY_STATES.map((state) => [state, { minutes: 0, wakeups: 0, perHour: Number.NaN }]),
  ) as WakeupCount['byState'];
  for (const state of states) byState[state].minutes++;
  for (const at of day.wakeups) {
    const minute = Math.min(Math.floor(at), script.durationMin - 1);
    perHour[Math.floor(minute / 60)]! += 1;
    byState[states[minute]!].wakeups++;
  }
  for (const state of DAY_STATES) {
    const { minutes, wakeups } = byState[state];
    if (minutes > 0) byState[state].perHour = wakeups / (minutes / 60);
  }
  const deskMinutes = byState.desk.minutes + byState.held.minutes;
  const deskWakeups = byState.desk.wakeups + byState.held.wakeups;
  return {
    perHour,
    total: day.wakeups.length,
    deskMinutes,
    deskWakeups,
    deskPerHour: deskWakeups / (deskMinutes / 60),
    byState,
  };
}
