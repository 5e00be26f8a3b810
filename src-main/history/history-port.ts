/**
 * The history file as the store needs it. The real one (history-file.ts) uses node:fs in the
 * userData folder; tests and the e2e host use an in-memory one (history-memory-file.ts).
 * Every method may throw (a read-only folder, a full disk); the store catches and carries on.
 */
export interface HistoryFilePort {
  /** @throws when the file is there but cannot be read (permissions, an I/O error). */
  read(): HistoryRead;
  /**
   * Adds `text` (whole lines) to the end in a single write, then flushes it to disk: once this
   * returns, the lines survive a kill or a power cut. Creates the file when there is none.
   */
  append(text: string): void;
  /** Replaces the whole file (temp file, flush, rename): a reader sees the old text or the new. */
  replace(text: string): void;
  /** Renames the file to `history.<suffix>.jsonl` and returns where it went. */
  moveAside(suffix: string): string;
  /** Writes a new file `history.<suffix>.jsonl` beside it, flushed; returns its path. Never overwrites. */
  writeAside(suffix: string, text: string): string;
}

export type HistoryRead =
  | { kind: 'missing' }
  /** `validUtf8` false: bytes that are not UTF-8 were read as U+FFFD, so text is not the file. */
  | { kind: 'text'; text: string; validUtf8: boolean }
  /** Larger than any history Limber writes: not read at all. */
  | { kind: 'too-large'; bytes: number };

/**
 * A year of heavy use compacts to well under 1 MB, and even an uncompacted year is a few MB;
 * a file this size was not written by Limber, and reading it would stall startup.
 */
export const MAX_HISTORY_BYTES = 32 * 1024 * 1024;

/** Bytes read from a history file, as the store sees them. */
export function decodeHistory(bytes: Uint8Array): HistoryRead {
  if (bytes.byteLength > MAX_HISTORY_BYTES) return { kind: 'too-large', bytes: bytes.byteLength };
  try {
    return {
      kind: 'text',
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      validUtf8: true,
    };
  } catch {
    return { kind: 'text', text: new TextDecoder('utf-8').decode(bytes), validUtf8: false };
  }
}
