import type { Instant, TrackerView } from '../sitting/types';
import { closePause, isPaused, settlePause } from './pause';
import type { PauseRequest, ReminderSettings, ReminderState } from './types';

/**
 * The user's answers to nudges and the tray's pause menu, as reducers. Each settles a pause
 * that ran out first, so the state never says "paused" after it ended.
 */

/** A nudge was shown. A nudge in a new bout, or after the repeats ran out, starts a fresh count. */
export function nudgeShown(
  state: ReminderState,
  view: TrackerView,
  at: Instant,
  settings: ReminderSettings,
): ReminderState {
  const s = settlePause(state, at, settings);
  const sameBout =
    view.bout !== null && s.lastNudgeMono !== null && s.lastNudgeMono >= view.bout.startedAtMono;
  const carried = sameBout && s.unanswered <= settings.maxRepeats ? s.unanswered : 0;
  return { ...s, lastNudgeMono: at.mono, unanswered: carried + 1 };
}

/** "Snooze": the next nudge comes after `snoozeMs`. */
export function snooze(
  state: ReminderState,
  at: Instant,
  snoozeMs: number,
  settings: ReminderSettings,
): ReminderState {
  const s = settlePause(state, at, settings);
  return { ...s, unanswered: 0, quietUntilMono: at.mono + snoozeMs };
}

/** "Skip": not this time; the next nudge comes after a full limit of sitting. */
export function skip(state: ReminderState, at: Instant, settings: ReminderSettings): ReminderState {
  const s = settlePause(state, at, settings);
  return { ...s, unanswered: 0, quietUntilMono: at.mono + settings.limitMs };
}

/**
 * "Stretch now": answered. The service also tells the tracker 'routine-completed' when the
 * break ends, which restarts the bout; quiet for a full limit covers a break given up halfway.
 */
export function stretchTaken(
  state: ReminderState,
  at: Instant,
  settings: ReminderSettings,
): ReminderState {
  return skip(state, at, settings);
}

/**
 * "Until tomorrow morning" is never longer than this in real time: a wall clock set back three
 * days must not silence reminders for three days.
 */
const LONGEST_MORNING_PAUSE_MS = 24 * 60 * 60_000;

/** Pause from the tray. A pause replaces one already running; the count freezes, it doesn't reset. */
export function pause(
  state: ReminderState,
  at: Instant,
  request: PauseRequest,
  settings: ReminderSettings,
): ReminderState {
  let s = settlePause(state, at, settings);
  if (s.pause) s = { ...closePause(s, at.mono, settings), quietUntilMono: s.quietUntilMono };
  const pauseState =
    request.kind === 'for'
      ? {
          startMono: at.mono,
          untilMono: at.mono + request.ms,
          untilWall: at.wall + request.ms,
          latestEndMono: at.mono + request.ms,
        }
      : {
          startMono: at.mono,
          untilMono: null,
          untilWall: request.untilWall,
          latestEndMono: at.mono + LONGEST_MORNING_PAUSE_MS,
        };
  return { ...s, unanswered: 0, pause: pauseState };
}

/** "Resume": ends a pause now. */
export function resume(
  state: ReminderState,
  at: Instant,
  settings: ReminderSettings,
): ReminderState {
  const s = settlePause(state, at, settings);
  return s.pause && isPaused(s, at) ? closePause(s, at.mono, settings) : s;
}
