import type { LocalTimeFrom, WorkHours } from './types';

const DAY_MIN = 24 * 60;

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Whether nudges are allowed at `wallMs`. No work hours means any time. */
export function isWorkTime(
  wallMs: number,
  workHours: WorkHours | null,
  localTimeFrom: LocalTimeFrom,
): boolean {
  if (!workHours) return true;
  const { dayOfWeek, minutesOfDay } = localTimeFrom(wallMs);
  if (!workHours.days.includes(dayOfWeek)) return false;
  return workHours.ranges.some(
    (r) => minutesOfDay >= minutesOf(r.start) && minutesOfDay < minutesOf(r.end),
  );
}

/**
 * The wall time when work hours next begin at or after `wallMs`, or null if they never do.
 * Computed from local minutes, so across a DST change it can be an hour off: the planner
 * re-checks then, and finds the right answer with the clock it has at that moment.
 */
export function nextWorkStart(
  wallMs: number,
  workHours: WorkHours,
  localTimeFrom: LocalTimeFrom,
): number | null {
  if (isWorkTime(wallMs, workHours, localTimeFrom)) return wallMs;
  const now = localTimeFrom(wallMs);
  let best: number | null = null;
  for (let k = 0; k <= 7; k++) {
    if (!workHours.days.includes((now.dayOfWeek + k) % 7)) continue;
    for (const r of workHours.ranges) {
      const offsetMin = k * DAY_MIN + minutesOf(r.start) - now.minutesOfDay;
      if (offsetMin > 0 && (best === null || offsetMin < best)) best = offsetMin;
    }
    if (best !== null) break;
  }
  return best === null ? null : wallMs + best * 60_000;
}
