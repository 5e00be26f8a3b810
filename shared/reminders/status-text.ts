import type { Instant, TrackerView } from '../sitting/types';
import { hasPendingNudge, sittingMs } from './planner';
import type { NudgePlan, ReminderSettings, ReminderState } from './types';

const MINUTE = 60_000;
/**
 * The tray's rough step: the natural-break length the idle samples already come at, so the
 * tray's refresh and the sample share one wakeup instead of waking main every minute.
 */
export const ROUGH_STEP_MS = 5 * MINUTE;

/** The tray's icon: as usual, a nudge is due, or reminders are paused. */
export type TrayIcon = 'normal' | 'due' | 'paused';

/** The status line, in minutes and in rough steps, its icon, and when each next changes. */
export interface TrayStatus {
  /** Whole minutes, for a window open on screen: "Sitting 32 min · stretch in 13 min". */
  text: string;
  /** Rough steps, for the tray: "Sitting about 30 min · stretch in about 15 min". */
  roughText: string;
  icon: TrayIcon;
  /** Monotonic time `text` changes (a minute boundary or a deadline); null: only an event changes it. */
  nextChangeAtMono: number | null;
  /** Monotonic time `roughText` changes; never more than a step away while a count is shown. */
  nextRoughChangeAtMono: number | null;
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

/** Time until `ms`, rounded to the nearest step, changes: the next half-step boundary. */
function toNextRoughStep(ms: number): number {
  return ROUGH_STEP_MS - ((ms + ROUGH_STEP_MS / 2) % ROUGH_STEP_MS);
}

function earliest(...times: (number | null)[]): number | null {
  const real = times.filter((t): t is number => t !== null);
  return real.length > 0 ? Math.min(...real) : null;
}

/** Rounded to the nearest step, so the count is never more than half a step off. */
function roughSitting(ms: number): string {
  const steps = Math.round(ms / ROUGH_STEP_MS);
  return steps === 0 ? 'Sitting under 5 min' : `Sitting about ${steps * 5} min`;
}

/**
 * "stretch in about …", recounted only when the tray refreshes (at most `untilRefreshMs` from
 * now). The count aims at the middle of that stretch, so from now until the refresh it is never
 * more than half a step plus half the wait off: at most one step (5 min).
 */
function roughLeft(leftMs: number, untilRefreshMs: number): string {
  const middle = leftMs - untilRefreshMs / 2;
  const steps = Math.round(middle / ROUGH_STEP_MS);
  return steps <= 0 ? 'stretch soon' : `stretch in about ${steps * 5} min`;
}

/** The same line for both: no count in it. */
function plain(text: string, icon: TrayIcon, nextChangeAtMono: number | null): TrayStatus {
  return { text, roughText: text, icon, nextChangeAtMono, nextRoughChangeAtMono: nextChangeAtMono };
}

/**
 * The status line: "Sitting 32 min · stretch in 13 min" in whole minutes for an open window,
 * "Sitting about 30 min · stretch in about 15 min" for the tray, "Paused until 14:30", "Away",
 * or the notice that idle detection is broken. Each refreshes at its own `next…AtMono` instead
 * of on a fast timer; the tray's rough line changes at most every 5 min.
 */
export function trayStatus(input: StatusInput): TrayStatus {
  const { view, plan, reminders, settings, at } = input;
  if (plan.kind === 'blocked' && plan.blockedBy === 'paused') {
    const until = plan.untilMorning ? 'tomorrow morning' : input.formatTime(plan.untilWall);
    return plain(`Paused until ${until}`, 'paused', plan.recheckAtMono);
  }
  if (plan.kind === 'blocked' && plan.blockedBy === 'away') return plain('Away', 'normal', null);
  const dueNow =
    hasPendingNudge(view, reminders) || (plan.kind === 'due' && plan.dueAtMono <= at.mono);
  const icon: TrayIcon = dueNow ? 'due' : 'normal';
  const deadline = plan.kind === 'due' && plan.dueAtMono > at.mono ? plan.dueAtMono : null;
  if (view.idleDetection === 'stuck') {
    const text = `Idle detection unavailable: reminding every ${Math.round(settings.limitMs / MINUTE)} min`;
    return plain(text, icon, deadline);
  }
  const sitting = sittingMs(view, reminders, at);
  const sittingText = `Sitting ${Math.floor(sitting / MINUTE)} min`;
  const nextSittingMinute = at.mono + toNextMinute(sitting);
  const nextSittingStep = at.mono + toNextRoughStep(sitting);
  if (plan.kind === 'blocked') {
    const tail = ' · no reminders outside work hours';
    return {
      text: sittingText + tail,
      roughText: roughSitting(sitting) + tail,
      icon,
      nextChangeAtMono: earliest(nextSittingMinute, plan.recheckAtMono),
      nextRoughChangeAtMono: earliest(nextSittingStep, plan.recheckAtMono),
    };
  }
  if (deadline === null) {
    return {
      text: `${sittingText} · time to stretch`,
      roughText: `${roughSitting(sitting)} · time to stretch`,
      icon,
      nextChangeAtMono: nextSittingMinute,
      nextRoughChangeAtMono: nextSittingStep,
    };
  }
  // "stretch in" is recounted on the sitting count's refresh only. After a snooze or skip the
  // two counts tick at different seconds; following both would wake main twice as often.
  const leftMs = deadline - at.mono;
  const nextRough = Math.min(nextSittingStep, deadline);
  return {
    text: `${sittingText} · stretch in ${Math.ceil(leftMs / MINUTE)} min`,
    roughText: `${roughSitting(sitting)} · ${roughLeft(leftMs, nextRough - at.mono)}`,
    icon,
    nextChangeAtMono: earliest(nextSittingMinute, deadline),
    nextRoughChangeAtMono: nextRough,
  };
}
