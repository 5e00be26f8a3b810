import type { Instant, TrackerView } from '../sitting/types';
import { isPaused, pausedMsWithin, pauseRecheckMono, settlePause } from './pause';
import { minGapMs } from './state';
import type { LocalTimeFrom, NudgePlan, ReminderSettings, ReminderState } from './types';
import { isWorkTime, nextWorkStart } from './work-hours';

/** Sitting time that counts toward the limit: the bout minus the time it spent paused. */
export function sittingMs(view: TrackerView, state: ReminderState, at: Instant): number {
  if (!view.bout) return 0;
  return Math.max(0, view.bout.lengthMs - pausedMsWithin(state, view.bout.startedAtMono, at));
}

/** Whether the last nudge belongs to the running bout and still waits for an answer. */
export function hasPendingNudge(view: TrackerView, state: ReminderState): boolean {
  return (
    view.bout !== null &&
    state.lastNudgeMono !== null &&
    state.lastNudgeMono >= view.bout.startedAtMono &&
    state.unanswered > 0
  );
}

/** When the next nudge is due by the sitting rules alone, ignoring pause, away and work hours. */
function dueMono(
  view: TrackerView,
  state: ReminderState,
  settings: ReminderSettings,
  at: Instant,
): number {
  const gap = minGapMs(settings);
  let due = at.mono + settings.limitMs - sittingMs(view, state, at);
  if (hasPendingNudge(view, state) && state.lastNudgeMono !== null) {
    // Ignored: come back after the short gap a few times, then leave them be for a full limit.
    const wait = state.unanswered > settings.maxRepeats ? settings.limitMs : gap;
    due = Math.max(due, state.lastNudgeMono + wait);
  }
  // Every delay is monotonic, so a clock jump cannot bring several deadlines due at once.
  if (state.lastNudgeMono !== null) due = Math.max(due, state.lastNudgeMono + gap);
  if (state.quietUntilMono !== null) due = Math.max(due, state.quietUntilMono);
  return Math.max(due, at.mono);
}

/**
 * When to nudge next, as a monotonic deadline, or why not. With idle detection stuck at 0 the
 * tracker never sees a break but locks and sleeps, so the same rules give plain intervals:
 * `mode: 'interval'` lets the tray say so. Re-plan after every event and at the deadline.
 */
export function planNextNudge(
  view: TrackerView,
  reminders: ReminderState,
  settings: ReminderSettings,
  at: Instant,
  localTimeFrom: LocalTimeFrom,
): NudgePlan {
  const state = settlePause(reminders, at, settings);
  if (state.pause && isPaused(state, at)) {
    const { untilMono, untilWall } = state.pause;
    const recheckAtMono = pauseRecheckMono(state.pause, at);
    const untilMorning = untilMono === null;
    return { kind: 'blocked', blockedBy: 'paused', recheckAtMono, untilWall, untilMorning };
  }
  if (view.away || !view.bout) return { kind: 'blocked', blockedBy: 'away', recheckAtMono: null };
  const due = dueMono(view, state, settings, at);
  const dueWall = at.wall + (due - at.mono);
  if (settings.workHours && !isWorkTime(dueWall, settings.workHours, localTimeFrom)) {
    const start = nextWorkStart(dueWall, settings.workHours, localTimeFrom);
    const recheckAtMono = start === null ? null : at.mono + (start - at.wall);
    return { kind: 'blocked', blockedBy: 'outside-work-hours', recheckAtMono };
  }
  return {
    kind: 'due',
    dueAtMono: due,
    mode: view.idleDetection === 'stuck' ? 'interval' : 'sitting',
  };
}
