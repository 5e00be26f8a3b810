import type { RoutineId, StretchId } from '@shared/content/types';
import type { RoutineOutcome } from '@shared/routine/types';
import type { Dispose } from '@shared/time/clock';

/** One routine the user did (or started and left), as history will count it. */
export interface RoutineRecord {
  routineId: RoutineId;
  outcome: RoutineOutcome;
  /** Wall-clock ms: history groups records by local day. */
  startedAt: number;
  endedAt: number;
  /** Time actually spent stretching: pauses excluded, skips ignored. */
  activeMs: number;
  /** The routine's full length as planned, to tell a routine done from one skipped through. */
  plannedMs: number;
  /** The stretches whose holds the user got through, in routine order. */
  stretchesDone: StretchId[];
}

/** The routine history in memory. Persisting it is the history store's job, later. */
export interface RoutineLog {
  append(record: RoutineRecord): void;
  /** Oldest first: the latest ROUTINE_LOG_LIMIT. */
  records(): readonly RoutineRecord[];
  /** Called with every record appended. */
  subscribe(listener: (record: RoutineRecord) => void): Dispose;
}

/**
 * How many records the log keeps in memory, newest last. The history store keeps the rest on
 * disk; here a caller starting routine after routine must not be able to fill memory.
 */
export const ROUTINE_LOG_LIMIT = 200;

/** Creates an empty in-memory log. */
export function createRoutineLog(): RoutineLog {
  const records: RoutineRecord[] = [];
  const listeners = new Set<(record: RoutineRecord) => void>();
  return {
    append(record) {
      records.push(record);
      if (records.length > ROUTINE_LOG_LIMIT) records.shift();
      for (const listener of [...listeners]) listener(record);
    },
    records: () => [...records],
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
