import type { Page } from '@playwright/test';

import type { TimelineStep } from '@shared/routine/types';

import type { AppHost } from './app-host';
import { type PlayerPage, playerPage } from './player-page';

/**
 * Steps several specs share. Expectations about lengths come from the timeline main built, so
 * a change of default hold times does not break tests that are about behaviour.
 */

/** Clicks the tray's "Morning routine", waits for the player, accepts the safety note. */
export async function startMorningFromTray(host: AppHost, page: Page): Promise<PlayerPage> {
  host.runtime.actions.startMorningRoutine();
  await host.settle();
  const player = playerPage(page);
  await player.safetyNoteAccept.click();
  await host.settle();
  return player;
}

/** The running session's timeline steps, as main built them. */
export function timelineSteps(host: AppHost): readonly TimelineStep[] {
  const snapshot = host.runtime.session.snapshot();
  if (!snapshot) throw new Error('no routine is running');
  return snapshot.timeline.steps;
}

/** The whole routine's length. */
export function totalMs(host: AppHost): number {
  const snapshot = host.runtime.session.snapshot();
  if (!snapshot) throw new Error('no routine is running');
  return snapshot.timeline.totalMs;
}

/** The first step matching `predicate`; throws if the routine has none. */
export function findStep(host: AppHost, predicate: (step: TimelineStep) => boolean): TimelineStep {
  const step = timelineSteps(host).find(predicate);
  if (!step) throw new Error('no such step in the timeline');
  return step;
}

/** Lets time run until main's player reaches `positionMs` (it must be running). */
export async function advanceTo(host: AppHost, positionMs: number): Promise<void> {
  const now = host.runtime.session.snapshot()?.player.positionMs ?? 0;
  await host.advance(positionMs - now);
}

/**
 * The player redraws a few ms after a step boundary on purpose (its wake-up lands just past
 * it), so a test that wants to see the next step goes this far beyond the boundary.
 */
export const justAfterMs = 50;
