import type { Timers } from '@shared/time/clock';

import { FakeClock } from '../support/fake-clock';
import type { WorkdayScript } from '../support/workday-script';

const MIN = 60_000;

/** What the user does during one minute of the scripted day. */
export interface UserMinute {
  minute: number;
  asleep: boolean;
  locked: boolean;
  /** No keyboard or mouse input this minute (away, locked or asleep). */
  noInput: boolean;
}

/** Something replayed through the day: it hears each minute begin and lives on the day's clock. */
export interface DaySubject {
  /** Called as `now` begins; `before` is the minute before (undefined at the start). */
  enterMinute(now: UserMinute, before: UserMinute | undefined): void;
  /** True while the user is busy stretching: away from the desk, whatever the script says. */
  busy?(): boolean;
}

/** Timer wakeups over the day, and which of them came while the user sat at the desk. */
export interface WakeupCount {
  /** Wakeups in each hour of the day (real time). */
  perHour: number[];
  total: number;
  deskMinutes: number;
  deskWakeups: number;
  /** Wakeups per hour over the minutes at the desk: the figure the target is about. */
  deskPerHour: number;
}

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

  /** Lets one minute pass, awake (timers fire) or asleep (they don't). */
  passMinute(asleep: boolean): void {
    if (!asleep) return this.fake.advance(MIN);
    this.fake.setWall(this.fake.now() + MIN);
    this.#sleptMs += MIN;
  }
}

const within = (spans: readonly [number, number][], minute: number) =>
  spans.some(([from, to]) => minute >= from && minute < to);

/** What the script says about `minute`. */
export function userMinute(script: WorkdayScript, minute: number): UserMinute {
  const asleep = within(script.asleep, minute);
  const locked = within(script.locked, minute);
  return { minute, asleep, locked, noInput: asleep || locked || within(script.away, minute) };
}

/**
 * Replays `script` minute by minute through `subject` on `day`, and counts the wakeups. A minute
 * is "at the desk" when the user gives input and is not stretching.
 */
export function replayDay(script: WorkdayScript, day: DayClock, subject: DaySubject): WakeupCount {
  const atDesk: boolean[] = [];
  let before: UserMinute | undefined;
  for (let minute = 0; minute < script.durationMin; minute++) {
    const now = userMinute(script, minute);
    subject.enterMinute(now, before);
    atDesk[minute] = !now.noInput && !(subject.busy?.() ?? false);
    day.passMinute(now.asleep);
    before = now;
  }
  const hours = Math.ceil(script.durationMin / 60);
  const perHour = Array.from({ length: hours }, () => 0);
  let deskWakeups = 0;
  for (const at of day.wakeups) {
    const minute = Math.min(Math.floor(at), script.durationMin - 1);
    perHour[Math.floor(minute / 60)]! += 1;
    if (atDesk[minute]) deskWakeups++;
  }
  const deskMinutes = atDesk.filter(Boolean).length;
  return {
    perHour,
    total: day.wakeups.length,
    deskMinutes,
    deskWakeups,
    deskPerHour: deskWakeups / (deskMinutes / 60),
  };
}
