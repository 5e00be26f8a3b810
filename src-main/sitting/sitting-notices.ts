import type { TrackerView } from '@shared/sitting/types';

import type { LogPort } from '../platform/log-port';

const MINUTE = 60_000;

/**
 * The log lines that explain a surprising day: the wall clock moving against real time, and idle
 * detection going stuck or working again. Each is said once, when it changes, however often the
 * service re-plans.
 */
export interface SittingNotices {
  /** Logs what changed since the last view. */
  observe(view: TrackerView): void;
}

export interface SittingNoticesDeps {
  log: LogPort;
  /** Idle detection has just been found stuck. */
  onStuck: () => void;
}

export function createSittingNotices({ log, onStuck }: SittingNoticesDeps): SittingNotices {
  let loggedJumpAtMono: number | null = null;
  let idleDetection: TrackerView['idleDetection'] | undefined;

  /** A clock set by hand or an unnoticed sleep explains a surprising bout: worth a line. */
  function clockJump(view: TrackerView): void {
    if (view.lastClockJumpAtMono === null || view.lastClockJumpAtMono === loggedJumpAtMono) return;
    loggedJumpAtMono = view.lastClockJumpAtMono;
    const minutes = Math.round((view.lastClockJumpMs ?? 0) / MINUTE);
    log.info(`The wall clock moved ${minutes > 0 ? '+' : ''}${minutes} min against real time`);
  }

  function idleHealth(view: TrackerView): void {
    const before = idleDetection;
    idleDetection = view.idleDetection;
    if (before === undefined || before === view.idleDetection) return;
    if (view.idleDetection === 'stuck') {
      log.warn('Idle detection looks stuck: nudges now come at plain intervals of sitting');
      onStuck();
    } else log.info('Idle detection works again');
  }

  return {
    observe(view) {
      clockJump(view);
      idleHealth(view);
    },
  };
}
