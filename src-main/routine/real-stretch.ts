import type { RoutineRecord } from './routine-log';

/** Share of a routine's planned time that must really be spent for it to count as a break. */
const REAL_STRETCH_SHARE = 0.5;

/** Whether a routine in the history was a real stretch, so it counts as a break. */
export function isRealStretch(record: RoutineRecord): boolean {
  return record.outcome === 'completed' && record.activeMs >= record.plannedMs * REAL_STRETCH_SHARE;
}
