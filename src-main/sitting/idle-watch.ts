import {
  defaultEarlyStuckConfig,
  type EarlyStuckState,
  freshEarlyStuck,
  observeIdle,
} from '@shared/quiet/stuck-idle-early';
import type { Timers } from '@shared/time/clock';

import type { IdlePort } from '../platform/idle-port';
import type { LogPort } from '../platform/log-port';
import type { PowerEvent } from '../platform/power-port';
import { type AsyncIdleSource, firstWorkingIdleSource } from '../platform/wayland-idle';

/** How long a desktop's idle monitor may take before its reading counts as failed. */
export const DESKTOP_IDLE_WAIT_MS = 2_000;
/** The OS's own counter, as the log names it. */
export const OS_IDLE_SOURCE = 'the system idle time';

/** A reading: seconds, or NaN when the reading failed (which the tracker reads as stuck at 0). */
export type IdleRead = { now: number } | { later: Promise<number> };

/**
 * Where the idle time comes from, and whether it can be trusted. Reads the OS counter
 * (powerMonitor), or, once that is found stuck at 0 (XWayland), the desktop's own idle monitor
 * over D-Bus. Runs the early stuck check (shared/quiet/stuck-idle-early.ts) on every reading and
 * every lock, and says when that check wants one more reading under a lock: only until the
 * counter has proved live, so a working machine takes no readings while locked.
 */
export interface IdleWatch {
  /** Reads now: at once from the OS, or within about 2 s from the desktop's monitor. */
  read(): IdleRead;
  /**
   * Notes a reading (before any meeting cap); true when it has just proved the counter stuck at
   * 0, so the tracker should fall back to plain intervals.
   */
  note(idleS: number, atMono: number): boolean;
  power(event: PowerEvent, atMono: number): void;
  /** When the early check wants another reading under the lock; null: none wanted. */
  extraReadingAtMono(): number | null;
  /** The counter looks stuck: look for the desktop's idle monitor, in the background. */
  lookForDesktopSource(): void;
  /** Which idle source is in use, as the log and `limber status` name it. */
  sourceName(): string;
}

export interface IdleWatchDeps {
  idle: IdlePort;
  timers: Timers;
  log: LogPort;
  /** The desktop idle monitors to try, best first (Mutter, then KDE). @default none */
  desktopSources?: readonly AsyncIdleSource[];
  /** A desktop source was found or lost: the next reading comes from elsewhere. */
  onSourceChange?: () => void;
}

export function createIdleWatch(deps: IdleWatchDeps): IdleWatch {
  const { log, timers } = deps;
  const candidates = deps.desktopSources ?? [];
  let desktop: AsyncIdleSource | null = null;
  let looking = false;
  let osFailing = false;
  let early: EarlyStuckState = freshEarlyStuck;
  /** A reading above 0 since start: the counter works, so no reading is needed while locked. */
  let provenLive = false;

  const readOs = (): number => {
    try {
      const reading = deps.idle.idleSeconds();
      if (osFailing) log.info('Reading the idle time works again');
      osFailing = false;
      return reading;
    } catch (error) {
      if (!osFailing) log.error('Reading the idle time failed', error);
      osFailing = true;
      return Number.NaN;
    }
  };

  /** Resolves with `work`'s value, or `fallback` once `waitMs` has passed. */
  function withDeadline<T>(
    work: (signal: AbortSignal) => Promise<T>,
    fallback: T,
    waitMs = DESKTOP_IDLE_WAIT_MS,
  ): Promise<T> {
    const abort = new AbortController();
    return new Promise<T>((resolve) => {
      const cancel = timers.setTimeout(() => {
        abort.abort();
        resolve(fallback);
      }, waitMs);
      work(abort.signal)
        .catch(() => fallback)
        .then((value) => {
          cancel();
          resolve(value);
        });
    });
  }

  function readDesktop(source: AsyncIdleSource): Promise<number> {
    const failed = { ok: false, why: 'no answer within 2 s' } as const;
    return withDeadline((signal) => source.read(signal), failed).then((reading) => {
      if (reading.ok) return reading.idleS;
      // Dropped, not retried each sample: the OS counter (stuck, so plain intervals) takes over.
      if (desktop === source) {
        desktop = null;
        log.warn(`Idle time from ${source.name} failed (${reading.why}); using ${OS_IDLE_SOURCE}`);
        deps.onSourceChange?.();
      }
      return Number.NaN;
    });
  }

  return {
    read: () => (desktop ? { later: readDesktop(desktop) } : { now: readOs() }),
    note(idleS, atMono) {
      if (Number.isFinite(idleS) && idleS > 0) provenLive = true;
      const wasStuck = early.stuck;
      early = observeIdle(early, { type: 'reading', atMono, idleS });
      return early.stuck && !wasStuck;
    },
    power(event, atMono) {
      early = observeIdle(early, { type: event, atMono });
    },
    extraReadingAtMono() {
      if (provenLive || early.stuck || early.lockedSinceMono === null) return null;
      const config = defaultEarlyStuckConfig;
      if (early.suspectAtMono !== null) return early.suspectAtMono + config.confirmMs;
      return early.lockedSinceMono + config.lockGraceMs;
    },
    lookForDesktopSource() {
      if (desktop || looking || candidates.length === 0) return;
      looking = true;
      const none = { source: null, why: 'no answer in time' } as const;
      // In the background: decisions go on meanwhile, on plain intervals. Each source has 2 s.
      const waitMs = DESKTOP_IDLE_WAIT_MS * candidates.length;
      const probe = (signal: AbortSignal) => firstWorkingIdleSource(candidates, signal);
      void withDeadline(probe, none, waitMs).then((found) => {
        looking = false;
        if (found.source === null) {
          log.warn(`No desktop idle monitor answered (${found.why}): plain intervals`);
          return;
        }
        desktop = found.source;
        // A fresh start for the early check: this counter has to prove itself.
        early = { ...freshEarlyStuck, lockedSinceMono: early.lockedSinceMono };
        provenLive = false;
        log.info(`Idle time now read from ${found.source.name}`);
        deps.onSourceChange?.();
      });
    },
    sourceName: () => desktop?.name ?? OS_IDLE_SOURCE,
  };
}
