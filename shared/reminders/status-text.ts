import type { Instant, TrackerView } from '../sitting/types';
import { hasPendingNudge, sittingMs } from './planner';
import type { NudgePlan, ReminderSettings, ReminderState } from './types';

const MINUTE = 60_000;

/** The tray's icon: as usual, a nudge is due, or reminders are paused. */
export type TrayIcon = 'normal' | 'due' | 'paused';

/** The tray's status line and icon, and when either would next change by itself. */
export interface TrayStatus {
  text: string;
  icon: TrayIcon;
  /** Monotonic time to refresh at (a minute boundary or a deadline); null: only an event changes it. */
  nextChangeAtMono: number | null;
}

/** What the status line is computed from; `formatTime` renders a wall time as the user's "14:30". */
export interface StatusInput {
  view: TrackerView;
  plan: NudgePlan;
  reminders: ReminderState;
  settings: ReminderSettings;
  at: Instant;
  formatTime: (wallMs: number) => string;
}

/** Time until a shown whole-minute count changes: the next minute boundary of `ms`. */
function toNextMinute(ms: number): number {
  return MINUTE - (ms % MINUTE);
}

function earliest(...times: (number | null)[]): number | null {
  const real = times.filter((t): t is number => t !== null);
  return real.length > 0 ? Math.min(...real) : null;
}

/**
 * The tray status, at minute granularity: "Sitting 32 min · stretch in 13 min", "Paused until
 * 14:30", "Away", or the notice that idle detection is broken. The tray refreshes at
 * `nextChangeAtMono` instead of on a fast timer.
 */
export function trayStatus(input: StatusInput): TrayStatus {
  const { view, plan, reminders, settings, at } = input;
  if (plan.kind === 'blocked' && plan.blockedBy === 'paused') {
    const until = plan.untilMorning ? 'tomorrow morning' : input.formatTime(plan.untilWall);
    return { text: `Paused until ${until}`, icon: 'paused', nextChangeAtMono: plan.recheckAtMono };
  }
  if (plan.kind === 'blocked' && plan.blockedBy === 'away') {
    return { text: 'Away', icon: 'normal', nextChangeAtMono: null };
  }
  const dueNow =
    hasPendingNudge(view, reminders) || (plan.kind === 'due' && plan.dueAtMono <= at.mono);
  const icon: TrayIcon = dueNow ? 'due' : 'normal';
  const deadline = plan.kind === 'due' && plan.dueAtMono > at.mono ? plan.dueAtMono : null;
  if (view.idleDetection === 'stuck') {
    const text = `Idle detection unavailable: reminding every ${Math.round(settings.limitMs / MINUTE)} min`;
    return { text, icon, nextChangeAtMono: deadline };
  }
  const sitting = sittingMs(view, reminders, at);
  const sittingText = `Sitting ${Math.floor(sitting / MINUTE)} min`;
  const nextSittingMinute = at.mono + toNextMinute(sitting);
  if (plan.kind === 'blocked') {
    return {
      text: `${sittingText} · no reminders outside work hours`,
      icon,
      nextChangeAtMono: earliest(nextSittingMinute, plan.recheckAtMono),
    };
  }
  if (deadline === null) {
    return { text: `${sittingText} · time to stretch`, icon, nextChangeAtMono: nextSittingMinute };
  }
  // "stretch in" is recounted on the sitting minute's refresh only. After a snooze or skip the
  // two counts tick at different seconds; following both would wake main twice a minute.
  const leftText = `stretch in ${Math.ceil((deadline - at.mono) / MINUTE)} min`;
  return {
    text: `${sittingText} · ${leftText}`,
    icon,
    nextChangeAtMono: earliest(nextSittingMinute, deadline),
  };
}
