import type { OfferKind } from './types';

/** The words of the morning offer: a greeting, and what the routine asks of the user. */

/** How big the chosen routine is: a Timeline has both (`stretchIds`, `totalMs`). */
export interface RoutineSize {
  stretchIds: readonly unknown[];
  totalMs: number;
}

export interface OfferText {
  title: string;
  body: string;
}

const MINUTE = 60_000;

/**
 * "Good morning" / "7 stretches, about 9 minutes". The length is rounded to the nearest minute
 * (8.5 minutes reads "about 9"); a routine shorter than half a minute reads "under a minute"
 * rather than "about 0 minutes". An offer after "Later" asks instead of greeting again.
 */
export function offerText(kind: OfferKind, routine: RoutineSize): OfferText {
  return {
    title: kind === 'later' ? 'Ready for your morning stretches?' : 'Good morning',
    body: `${stretchCount(routine.stretchIds.length)}, ${lengthInWords(routine.totalMs)}`,
  };
}

function stretchCount(count: number): string {
  return count === 1 ? '1 stretch' : `${count} stretches`;
}

function lengthInWords(totalMs: number): string {
  const minutes = Math.round(totalMs / MINUTE);
  if (minutes < 1) return 'under a minute';
  return minutes === 1 ? 'about 1 minute' : `about ${minutes} minutes`;
}
