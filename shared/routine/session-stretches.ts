import { getStretchText } from '../content/text-catalog';
import type { StretchText } from '../content/types';
import type { Timeline } from './types';

/**
 * The words a session's player shows: each of the timeline's stretches once, in routine order.
 * Main sends them with the session, so the player window carries no catalogue text of its own
 * and cannot show words that differ from the routine main runs.
 */
export function sessionStretches(timeline: Timeline): StretchText[] {
  return [...new Set(timeline.stretchIds)].map(getStretchText);
}
