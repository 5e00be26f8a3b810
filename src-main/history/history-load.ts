import { errorMessage } from '@shared/errors/error-message';
import { type DamagedLine, parseLog } from '@shared/history/log-format';
import { HISTORY_SCHEMA_VERSION } from '@shared/history/migrations';
import type { HistoryNotice } from '@shared/history/notices';
import type { HistoryRecord } from '@shared/history/records';

import type { HistoryFilePort, HistoryRead } from './history-port';

/** A notice before the store stamps it with the time. */
export type UnstampedNotice = Omit<HistoryNotice, 'atMs'>;

/** What startup found in the history file, and what the store may do with the file. */
export interface LoadedHistory {
  records: HistoryRecord[];
  /**
   * 'append': the file holds exactly `records`, add lines to it. 'rewrite': the next write
   * must replace it with `records` (none yet, migrated, or repaired). 'read-only': never write.
   */
  mode: 'append' | 'rewrite' | 'read-only';
  notices: UnstampedNotice[];
}

/**
 * Reads the history file and decides, without ever losing a record: a damaged line is copied
 * aside before the file is rewritten without it, a file that cannot be used at all is moved
 * aside whole before a fresh one starts, and a file this version cannot read is left alone.
 * `stamp` names the copies (`history.damaged-<stamp>.jsonl`).
 */
export function loadHistory(file: HistoryFilePort, timeZone: string, stamp: string): LoadedHistory {
  let read: HistoryRead;
  try {
    read = file.read();
  } catch (error) {
    return startAfresh(file, stamp, `it could not be read (${errorMessage(error)})`, []);
  }
  if (read.kind === 'missing') return { records: [], mode: 'rewrite', notices: [] };
  if (read.kind === 'too-large') {
    const mb = (read.bytes / 1024 / 1024).toFixed(0);
    return startAfresh(file, stamp, `it is ${mb} MB, far more than Limber ever writes`, []);
  }
  const log = parseLog(read.text, { timeZone });
  if (log.kind === 'newer-version') {
    return readOnly([], {
      kind: 'newer-version',
      message: `Your history file is from a newer Limber (schema ${log.version}). This version leaves it alone: what you do now is counted until you quit, but not saved.`,
    });
  }
  // Not UTF-8: set-aside lines could not be copied byte for byte, so the whole file goes aside.
  if (!read.validUtf8) return startAfresh(file, stamp, 'it is not UTF-8 text', log.records);
  if (log.fromVersion < HISTORY_SCHEMA_VERSION) {
    // The migrated file will replace this one, so this one is kept whole first: a step may
    // leave out what today's records have no field for.
    const text = read.text;
    const kept = tryWrite(() => file.writeAside(`v${log.fromVersion}-${stamp}`, text));
    if (!kept.ok) return cannotSetAside(log.records, 'a copy of the old-format file', kept.reason);
  }
  if (log.damaged.length > 0) return setLinesAside(file, stamp, log.records, log.damaged);
  return { records: log.records, mode: log.clean ? 'append' : 'rewrite', notices: [] };
}

function setLinesAside(
  file: HistoryFilePort,
  stamp: string,
  records: HistoryRecord[],
  damaged: DamagedLine[],
): LoadedHistory {
  const text = damaged.map((line) => `${line.text}\n`).join('');
  const aside = tryWrite(() => file.writeAside(`damaged-${stamp}`, text));
  if (!aside.ok) return cannotSetAside(records, 'the damaged lines', aside.reason);
  const lines = damaged.length === 1 ? '1 line' : `${damaged.length} lines`;
  const which = damaged
    .slice(0, 3)
    .map((line) => `line ${line.line}: ${line.reason}`)
    .join('; ');
  return {
    records,
    mode: 'rewrite',
    notices: [
      {
        kind: 'damaged-lines',
        message: `${lines} of your history could not be read (${which}${damaged.length > 3 ? '; …' : ''}). They were saved as ${aside.path}; the other ${countOf(records.length)} were kept.`,
        setAsidePath: aside.path,
      },
    ],
  };
}

/** The file is unusable as a whole: move it aside and start a new one with what was salvaged. */
function startAfresh(
  file: HistoryFilePort,
  stamp: string,
  reason: string,
  salvaged: HistoryRecord[],
): LoadedHistory {
  const aside = tryWrite(() => file.moveAside(`corrupt-${stamp}`));
  if (!aside.ok) {
    return readOnly(salvaged, {
      kind: 'damaged-file',
      message: `Your history file cannot be used (${reason}) and could not be moved aside (${aside.reason}). Limber leaves it alone: what you do now is counted until you quit, but not saved.`,
    });
  }
  const kept = salvaged.length > 0 ? ` Limber recovered ${countOf(salvaged.length)} from it.` : '';
  return {
    records: salvaged,
    mode: 'rewrite',
    notices: [
      {
        kind: 'damaged-file',
        message: `Your history file could not be used (${reason}). It was saved as ${aside.path} and a new one started.${kept}`,
        setAsidePath: aside.path,
      },
    ],
  };
}

function cannotSetAside(records: HistoryRecord[], what: string, reason: string): LoadedHistory {
  return readOnly(records, {
    kind: 'unwritable',
    message: `Limber could not save ${what} of your history file (${reason}), so it leaves the file as it is: what you do now is counted until you quit, but not saved.`,
  });
}

const countOf = (n: number) => (n === 1 ? '1 record' : `${n} records`);

const readOnly = (records: HistoryRecord[], notice: UnstampedNotice): LoadedHistory => ({
  records,
  mode: 'read-only',
  notices: [notice],
});

function tryWrite(write: () => string): { ok: true; path: string } | { ok: false; reason: string } {
  try {
    return { ok: true, path: write() };
  } catch (error) {
    return { ok: false, reason: errorMessage(error) };
  }
}
