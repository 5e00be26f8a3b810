import type { PlayerView } from '@shared/routine/types';

/** Lands a wake-up just past a boundary, so the new second is already showing when it fires. */
const SLACK_MS = 8;

/**
 * How long until the screen next changes, or undefined when nothing will change by itself.
 *
 * The player never redraws on a fixed fast interval: the countdown's digits change on whole
 * seconds of the step and the pacer on breath-phase changes, so one timer aimed at the sooner
 * of those is enough. Cue rotation (every 10 s) and "min left" fall on whole seconds too.
 */
export function nextRefreshDelay(view: PlayerView): number | undefined {
  if (view.status !== 'running' || !view.step) return undefined;
  const toNextSecond = view.stepRemainingMs % 1000 || 1000;
  const toBreathChange = view.breath ? view.breath.phaseRemainingMs : Infinity;
  const delay = Math.min(toNextSecond, toBreathChange > 0 ? toBreathChange : Infinity);
  return Math.max(0, delay) + SLACK_MS;
}
