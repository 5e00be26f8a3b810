import type { SittingStatus } from '@shared/reminders/nudge-schema';
import type { NudgePlan, ReminderState } from '@shared/reminders/types';
import type { Instant, TrackerView } from '@shared/sitting/types';
import type { Dispose } from '@shared/time/clock';

import { tellEach } from '../platform/guarded';
import { formatClockTime } from '../platform/local-time';
import type { LogPort } from '../platform/log-port';
import type { SittingConfig } from './sitting-config';
import type { SittingServiceDeps } from './sitting-service-types';
import { sameShownStatus, sittingStatusFrom, type StatusAndRefresh } from './sitting-status';

/**
 * The status the tray and the windows are told: its snapshot from the service's facts, what the
 * listeners last heard, and who watches the whole-minute line. Listeners hear only a change a
 * user could see, so the service may re-plan as often as it likes.
 */
export interface StatusPublisher {
  /** The status as of `at`, and when it next changes by itself. */
  snapshot(view: TrackerView, plan: NudgePlan, at: Instant): StatusAndRefresh;
  /** When the service must wake for the status: each minute while watched, else the tray's steps. */
  refreshAtMono(snapshot: StatusAndRefresh): number | null;
  /** Tells the listeners `status` if it shows anything new. */
  publish(status: SittingStatus): void;
  subscribe(listener: (status: SittingStatus) => void): Dispose;
  /** A window shows the minute line until the undo; `onChange` re-plans at both ends. */
  watchMinutes(onChange: () => void): Dispose;
  clear(): void;
}

export type StatusPublisherDeps = Pick<SittingServiceDeps, 'quiet' | 'formatTime'> & {
  config: () => SittingConfig;
  reminders: () => ReminderState;
  log: LogPort;
};

export function createStatusPublisher(deps: StatusPublisherDeps): StatusPublisher {
  const { quiet, log } = deps;
  const formatTime = deps.formatTime ?? formatClockTime;
  const listeners = new Set<(status: SittingStatus) => void>();
  let shown: SittingStatus | undefined;
  /** Windows showing the whole-minute line: while any is open, the status refreshes each minute. */
  let minuteWatchers = 0;

  return {
    snapshot(view, plan, at) {
      const settings = deps.config().reminders;
      return sittingStatusFrom(
        { view, plan, at, formatTime, reminders: deps.reminders(), settings },
        {
          heldText: quiet?.holdText() ?? null,
          inMeeting: quiet ? quiet.meeting(at.wall) !== null : false,
        },
      );
    },
    refreshAtMono: (snapshot) =>
      minuteWatchers > 0 ? snapshot.nextChangeAtMono : snapshot.nextRoughChangeAtMono,
    publish(status) {
      const changed = shown === undefined || !sameShownStatus(shown, status, minuteWatchers > 0);
      shown = status;
      if (changed) tellEach(listeners, status, log, 'A sitting status listener');
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    watchMinutes(onChange) {
      minuteWatchers++;
      onChange();
      let done = false;
      return () => {
        if (done) return;
        done = true;
        minuteWatchers--;
        onChange();
      };
    },
    clear: () => listeners.clear(),
  };
}
