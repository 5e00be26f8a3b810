import type { Instant } from '../sitting/types';
import { minGapMs } from './state';
import type { ActivePause, ReminderSettings, ReminderState } from './types';

/** Finished pauses worth remembering: a bout rarely spans more. */
const PAST_PAUSES_KEPT = 20;

/** Where a pause ends (monotonic) if it has ended by `at`, else null. */
function pauseEndMono(pause: ActivePause, at: Instant): number | null {
  if (at.mono >= pause.latestEndMono) return pause.latestEndMono;
  if (pause.untilMono !== null || at.wall < pause.untilWall) return null;
  return Math.max(pause.startMono, at.mono - (at.wall - pause.untilWall));
}

/** When a running pause may end by itself (monotonic): its deadline, or the wall's morning. */
export function pauseRecheckMono(pause: ActivePause, at: Instant): number {
  const byWall = pause.untilMono ?? at.mono + Math.max(0, pause.untilWall - at.wall);
  return Math.min(byWall, pause.latestEndMono);
}

/** Whether nudges are paused at `at`. */
export function isPaused(state: ReminderState, at: Instant): boolean {
  return state.pause !== null && pauseEndMono(state.pause, at) === null;
}

/** Ends the active pause at `endMono`: its time joins the pauses not counted as sitting. */
export function closePause(
  state: ReminderState,
  endMono: number,
  settings: ReminderSettings,
): ReminderState {
  if (!state.pause) return state;
  const done = {
    startMono: state.pause.startMono,
    endMono: Math.max(state.pause.startMono, endMono),
  };
  const quiet = Math.max(state.quietUntilMono ?? 0, done.endMono + minGapMs(settings));
  return {
    ...state,
    pause: null,
    pastPauses: [...state.pastPauses, done].slice(-PAST_PAUSES_KEPT),
    // Coming back from a pause never nudges at once.
    quietUntilMono: quiet,
  };
}

/** Turns a pause that ran out by itself into a finished one. */
export function settlePause(
  state: ReminderState,
  at: Instant,
  settings: ReminderSettings,
): ReminderState {
  const end = state.pause ? pauseEndMono(state.pause, at) : null;
  return end === null ? state : closePause(state, end, settings);
}

/** Paused time within [fromMono, at]: subtracted from the bout, so pausing freezes the count. */
export function pausedMsWithin(state: ReminderState, fromMono: number, at: Instant): number {
  const overlap = (s: number, e: number) =>
    Math.max(0, Math.min(e, at.mono) - Math.max(s, fromMono));
  let total = state.pastPauses.reduce((sum, p) => sum + overlap(p.startMono, p.endMono), 0);
  if (state.pause)
    total += overlap(state.pause.startMono, pauseEndMono(state.pause, at) ?? at.mono);
  return total;
}
