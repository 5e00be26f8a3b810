import type { Instant } from '@shared/sitting/types';
import type { Dispose, Timers } from '@shared/time/clock';

import type { LogPort } from '../platform/log-port';
import { MIN_TIMER_MS, planWake, SAMPLE_EARLY_MS, type WakeInput } from './wake-plan';

/** If planning itself ever fails, try again this soon rather than never. */
const RETRY_AFTER_FAILURE_MS = 60_000;

/**
 * The service's one timer and what it does when it fires: take the idle sample if one is due
 * about now, then re-plan. Planning that throws is logged and retried a minute on, so one
 * failure never ends every reminder until the next power event. When the timer is armed for is
 * wake-plan.ts; what re-planning does is the service's.
 */
export interface WakeLoop {
  /** Re-plans as of `at`. Never throws. */
  refresh(at: Instant): void;
  /** Arms the timer for `input`, replacing the one armed. Called by the plan on each re-plan. */
  arm(input: WakeInput): void;
  stop(): void;
}

export interface WakeLoopDeps {
  timers: Timers;
  log: LogPort;
  now: () => Instant;
  /** Re-plans: nudge or withdraw, then `arm`. May throw. */
  plan: (at: Instant) => void;
  /** As TrackerFeed.readAndSample: false when the reading comes later, with its own re-plan. */
  readAndSample: (at: Instant) => boolean;
}

export function createWakeLoop(deps: WakeLoopDeps): WakeLoop {
  const { timers, log } = deps;
  let sampleDueMono = Number.NEGATIVE_INFINITY;
  let disarm: Dispose | undefined;

  function refresh(at: Instant): void {
    try {
      deps.plan(at);
    } catch (error) {
      log.error('Planning the next nudge failed', error);
      disarm?.();
      disarm = timers.setTimeout(wake, RETRY_AFTER_FAILURE_MS);
    }
  }

  function wake(): void {
    disarm = undefined;
    const at = deps.now();
    // Awake anyway: a sample due soon is taken now, so samples and refreshes share wakeups.
    // One that comes from D-Bus re-plans when it arrives: a nudge waits for a fresh reading.
    if (at.mono >= sampleDueMono - SAMPLE_EARLY_MS && !deps.readAndSample(at)) return;
    refresh(at);
  }

  return {
    refresh,
    arm(input) {
      disarm?.();
      const wakePlan = planWake(input);
      sampleDueMono = wakePlan.sampleDueMono;
      disarm = timers.setTimeout(wake, Math.max(MIN_TIMER_MS, wakePlan.wakeAtMono - input.nowMono));
    },
    stop() {
      disarm?.();
      disarm = undefined;
    },
  };
}
