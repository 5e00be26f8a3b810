import { errorMessage } from '@shared/errors/error-message';
import type { FieldIssue } from '@shared/errors/issues';
import { issuesFrom } from '@shared/errors/issues';
import { historyToCsv } from '@shared/history/csv';
import { checkTimeZone, type LocalDay, localDayOf } from '@shared/history/local-day';
import { recordLine, serializeLog } from '@shared/history/log-format';
import type { HistoryNotice } from '@shared/history/notices';
import { type HistoryRecord, RawRecordSchema } from '@shared/history/records';
import { computeHistoryStats } from '@shared/history/stats';
import { summariseOldDays } from '@shared/history/summarise';

import { loadHistory, type UnstampedNotice } from './history-load';
import type {
  AppendResult,
  CompactResult,
  HistoryStore,
  HistoryStoreDeps,
} from './history-service-types';

/**
 * Loads (and if need be repairs) the history, compacts it, then serves it from memory. At most
 * one compaction a local day follows, on the first append of a new day: no timer wakes main.
 */
export function createHistoryStore(deps: HistoryStoreDeps): HistoryStore {
  const log = deps.log ?? ((message: string) => console.warn(message));
  const zone = zoneReader(deps.timeZone, log);
  const today = () => localDayOf(deps.clock.now(), zone());
  const kept: HistoryNotice[] = [];
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const listener of [...listeners]) listener();
  };
  let toldUnwritable = false;
  const notify = (notice: UnstampedNotice) => {
    const stamped = { ...notice, atMs: deps.clock.now() };
    kept.push(stamped);
    deps.onNotice?.(stamped);
  };
  const writeFailed = (what: string, error: unknown) => {
    log(`History: ${what} failed: ${errorMessage(error)}`);
    if (toldUnwritable) return;
    toldUnwritable = true;
    notify({
      kind: 'unwritable',
      message: `Limber cannot save your history (${errorMessage(error)}). What you do is still counted, and saved as soon as writing works again.`,
    });
  };

  const loaded = loadHistory(deps.file, zone(), stampOf(deps.clock.now()));
  let records = loaded.records;
  let mode = loaded.mode;
  loaded.notices.forEach(notify);
  let lastCompaction: LocalDay | undefined;

  /** Puts `records` on disk; false when it could not. */
  const save = (line: string | undefined): boolean => {
    if (mode === 'read-only') return false;
    try {
      // After a failed append the file may end mid-line, so it is replaced whole.
      if (mode === 'append' && line !== undefined) deps.file.append(line);
      else deps.file.replace(serializeLog(records));
      mode = 'append';
      toldUnwritable = false;
      return true;
    } catch (error) {
      if (line !== undefined) mode = 'rewrite';
      writeFailed(line === undefined ? 'rewriting the file' : 'adding a record', error);
      return false;
    }
  };

  /** Summarises and rewrites; the caller tells listeners. */
  const compactQuietly = (): CompactResult & { changed: boolean } => {
    const nothing = { summarisedRecords: 0, written: false, changed: false };
    lastCompaction = today();
    const result = summariseOldDays(records, lastCompaction);
    if (mode === 'read-only' || (!result.changed && mode === 'append')) return nothing;
    const before = records;
    records = result.records;
    if (!save(undefined)) {
      records = before; // still every record, just not summarised: the next compaction retries
      return nothing;
    }
    return { summarisedRecords: result.summarisedRecords, written: true, changed: result.changed };
  };

  const compact = (): CompactResult => {
    const { changed: summarised, ...result } = compactQuietly();
    if (summarised) changed();
    return result;
  };

  compact();

  return {
    append(input) {
      const refuse = (issues: FieldIssue[]): AppendResult => {
        const result = invalid(issues);
        if (!result.ok) log(result.error.message); // a caller's bug: worth a line in the log
        return result;
      };
      let record: HistoryRecord;
      try {
        const at = input.at ?? deps.clock.now();
        // The store stamps the day from `at`, so an unusable `at` is the one thing to name.
        if (!(Number.isFinite(at) && at >= 0))
          return refuse([{ path: 'at', message: `at must be wall-clock ms, got ${at}` }]);
        const checked = RawRecordSchema.safeParse({ ...input, at, day: localDayOf(at, zone()) });
        if (!checked.success) return refuse(issuesFrom(checked.error));
        record = checked.data;
      } catch (error) {
        return refuse([{ path: '', message: errorMessage(error) }]);
      }
      records.push(record);
      const saved = save(recordLine(record));
      if (saved && lastCompaction !== today()) compactQuietly();
      changed();
      if (saved) return { ok: true, record };
      const reason = mode === 'read-only' ? 'read-only' : 'write-failed';
      return {
        ok: false,
        error: {
          kind: 'not-saved',
          reason,
          record,
          message:
            reason === 'read-only'
              ? 'History is not being saved this session (see the notice); the record is kept until you quit.'
              : 'The record could not be written; it is kept in memory and saved with the next write that works.',
        },
      };
    },
    list: () => [...records],
    stats: () => computeHistoryStats(records, deps.clock.now(), zone()),
    exportCsv: () => historyToCsv(records, zone()),
    compact,
    notices: () => [...kept],
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const invalid = (issues: FieldIssue[]): AppendResult => ({
  ok: false,
  error: {
    kind: 'invalid',
    message: `History record refused: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`,
    issues,
  },
});

/**
 * Reads the user's zone at each use, or UTC when the platform names one it cannot use (days may
 * then be off by one near midnight; logged once per zone name, not on every record).
 */
function zoneReader(timeZone: (() => string) | undefined, log: (message: string) => void) {
  const warned = new Set<string>();
  return (): string => {
    const zone = timeZone?.() ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    try {
      checkTimeZone(zone);
      return zone;
    } catch (error) {
      if (!warned.has(zone)) log(`History: ${errorMessage(error)} Counting days in UTC.`);
      warned.add(zone);
      return 'UTC';
    }
  };
}

/** A file-name-safe timestamp: 2026-03-02T07-30-00-000Z (no colons, for Windows). */
function stampOf(wallMs: number): string {
  return new Date(wallMs).toISOString().replace(/[:.]/g, '-');
}
