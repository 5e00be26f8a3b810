import { vi } from 'vitest';

import { defaultSettings } from '@shared/settings/schema';
import type { Timers } from '@shared/time/clock';

import type { SittingConfig } from '../../../../src-main/sitting/sitting-config';
import { sittingConfigFrom } from '../../../../src-main/sitting/sitting-config';
import { createSittingService } from '../../../../src-main/sitting/sitting-service';
import type { SittingServiceDeps } from '../../../../src-main/sitting/sitting-service-types';
import { FakeClock } from '../../../support/fake-clock';
import { RecordingLog } from '../../../support/fake-log';
import { FakeIdleSource, FakeNotifier, FakePowerEvents } from '../../../support/fake-os';
import { utcLocalTime } from '../../shared/sitting/utc-local-time';

export const MIN = 60_000;

/** The sitting rules a new user starts with. */
export const defaultSittingConfig = sittingConfigFrom(defaultSettings);

/** "HH:mm" in UTC, so expected texts don't depend on the machine's time zone. */
export const utcClockTime = (wallMs: number) => new Date(wallMs).toISOString().slice(11, 16);

/**
 * The sitting service on a FakeClock (Monday 08:00 UTC) with fake OS ports, recording every
 * timer wakeup, status and nudge a user would notice.
 */
export function createSittingHarness(
  config: Partial<SittingConfig> = {},
  {
    typingReadsS = 2,
    ...extra
  }: Pick<SittingServiceDeps, 'idleSources'> & {
    /** What the idle time reads while the user types. @default 2 (a live counter) */
    typingReadsS?: number;
  } = {},
) {
  const clock = new FakeClock();
  const start = clock.monotonic();
  const wakeups: number[] = [];
  const timers: Timers = {
    setTimeout: (callback, delayMs) =>
      clock.setTimeout(() => {
        wakeups.push(clock.monotonic());
        callback();
      }, delayMs),
  };
  // Typing reads 2 s: a real counter at the desk rarely reads 0 exactly.
  const user = new FakeIdleSource(clock, typingReadsS);
  const power = new FakePowerEvents();
  const notifier = new FakeNotifier();
  const windows = { showNudge: vi.fn(), closeNudge: vi.fn() };
  const openDeskBreak = vi.fn();
  const log = new RecordingLog();
  let current: SittingConfig = { ...defaultSittingConfig, ...config };
  const sitting = createSittingService({
    clock,
    timers,
    idle: user,
    power,
    notifier,
    windows,
    getConfig: () => current,
    openDeskBreak,
    localTimeFrom: utcLocalTime,
    formatTime: utcClockTime,
    nextMorning: (wall) => wall + 12 * 60 * MIN,
    log,
    ...extra,
  });
  const statuses: { minute: number; text: string; icon: string }[] = [];
  sitting.subscribe(({ text, icon }) => statuses.push({ minute: minutesNow(), text, icon }));
  /** Minutes of monotonic time since the harness started. */
  function minutesNow(): number {
    return (clock.monotonic() - start) / MIN;
  }
  return {
    clock,
    sitting,
    user,
    power,
    notifier,
    windows,
    openDeskBreak,
    log,
    statuses,
    minutesNow,
    /** Minutes (since start) of every timer wakeup. */
    wakeupMinutes: () => wakeups.map((mono) => (mono - start) / MIN),
    /** Minutes (since start) of every idle reading. */
    readMinutes: () => user.readsAt.map((mono) => (mono - start) / MIN),
    /** Moves time on by whole minutes (fractions allowed). */
    advanceMin: (minutes: number) => clock.advance(minutes * MIN),
    /** Changes the settings the way the settings service will: new config, then reconfigure. */
    setConfig(next: Partial<SittingConfig>) {
      current = { ...current, ...next };
      sitting.reconfigure();
    },
  };
}
