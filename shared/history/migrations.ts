import { localDayOf } from './local-day';

/**
 * Turns a record line of an older history file into today's shape. Pure, and line by line, so
 * one line no version can read is set aside on its own while the rest of the file is kept.
 * The result is validated by the caller (log-format.ts) against the current schema.
 *
 * Why one version per file, in a header line (`{"schemaVersion":2}`), rather than one per
 * record: the reader knows before touching a line which steps apply; a file is migrated once
 * and rewritten whole, so versions never mix; and an older Limber meeting a newer file can
 * refuse to append to it before writing anything. It also costs one line, not a field on each
 * of a year's ten thousand records.
 */

/** The version this Limber writes. Add a step below with every bump. */
export const HISTORY_SCHEMA_VERSION = 2;

/** What a step may need beyond the line: old records carried no local day. */
export interface MigrationContext {
  /** The zone to place old records' days in: the user's zone when the file is migrated. */
  timeZone: string;
}

type Raw = Record<string, unknown>;

/** Each step takes a version N record to N + 1. */
const steps: Record<number, (raw: Raw, context: MigrationContext) => Raw> = {
  /**
   * Version 1, the routine log before there was a history store: no header, and only routines,
   * as services/routine-log.ts kept them in memory: `{ routineId, outcome: 'completed' |
   * 'ended-early', startedAt, endedAt, activeMs, plannedMs }`. It knew neither the stretches
   * reached (now none are claimed) nor whether a routine was started as the morning one (the
   * built-in morning routine is taken to be). A line of another shape is left as it is, so
   * validation sets it aside rather than this step guessing.
   */
  1: (raw, { timeZone }) => {
    // `at` is when a routine ended, as for bouts and breaks: the start is not kept.
    const {
      routineId,
      outcome,
      startedAt: _startedAt,
      endedAt,
      activeMs,
      plannedMs,
      ...rest
    } = raw;
    if (typeof endedAt !== 'number' || 'type' in raw) return raw;
    return {
      ...rest,
      type: 'routine',
      at: endedAt,
      day: localDayOf(endedAt, timeZone),
      routineId,
      outcome: outcome === 'ended-early' ? 'abandoned' : outcome,
      stepsDone: [],
      activeMs,
      plannedMs,
      morning: routineId === 'morning-in-bed',
    };
  },
};

/**
 * A version `fromVersion` record in today's shape, or as far as the steps could take it.
 * @throws Error when there is no step from some version (a gap in `steps`: a bug, not data).
 */
export function migrateRecord(raw: Raw, fromVersion: number, context: MigrationContext): Raw {
  let data = raw;
  for (let version = fromVersion; version < HISTORY_SCHEMA_VERSION; version++) {
    const step = steps[version];
    if (!step) throw new Error(`No history migration from schema ${version}.`);
    data = step(data, context);
  }
  return data;
}
