import type { FieldIssue } from '@shared/errors/issues';
import type { HistoryNotice } from '@shared/history/notices';
import type { HistoryRecord, NewHistoryRecord } from '@shared/history/records';
import type { HistoryStats } from '@shared/history/stats';
import type { Clock, Dispose } from '@shared/time/clock';

import type { HistoryFilePort } from './history-port';

/** The user's history: held in memory, every record on disk before `append` returns. */
export interface HistoryStore {
  /**
   * Records something the user did, stamping its local day (and `at`, when left out, as now).
   * Returns once the record is on disk. Never throws: a record that could not be written is
   * still kept in memory for this session and saved with the next write that works.
   */
  append(record: NewHistoryRecord): AppendResult;
  /** Every record, day summaries first after a compaction, then in the order they happened. */
  list(): readonly HistoryRecord[];
  /** The history window's figures, as of now in the user's zone. */
  stats(): HistoryStats;
  /** Every record as CSV text, times in the user's zone. */
  exportCsv(): string;
  /** Summarises days older than 90 into one record each and rewrites the file, when there is any. */
  compact(): CompactResult;
  /** Trouble with the file raised this run, oldest first. */
  notices(): readonly HistoryNotice[];
  /** Hears that the records changed (an append, a compaction): time to ask for `stats()` again. */
  subscribe(listener: () => void): Dispose;
}

export type AppendResult =
  { ok: true; record: HistoryRecord } | { ok: false; error: HistoryAppendError };

export type HistoryAppendError =
  /** The record breaks the schema: a bug in the caller. Nothing was kept. */
  | { kind: 'invalid'; message: string; issues: FieldIssue[] }
  /** Kept in memory but not on disk: the write failed, or the file may not be written. */
  | {
      kind: 'not-saved';
      reason: 'write-failed' | 'read-only';
      message: string;
      record: HistoryRecord;
    };

export interface CompactResult {
  /** Raw records folded into day summaries. */
  summarisedRecords: number;
  /** The file was rewritten (summaries, a repair or a migration). */
  written: boolean;
}

export interface HistoryStoreDeps {
  file: HistoryFilePort;
  clock: Clock;
  /** The user's IANA time zone, asked at every use: they may travel. @default the system's */
  timeZone?: () => string;
  /** Told of each notice as it is raised (the app shows it); `notices()` keeps them too. */
  onNotice?: (notice: HistoryNotice) => void;
  /** Where failed writes are logged. @default console.warn */
  log?: (message: string) => void;
}
