import type { z } from 'zod';

import { issuesFrom } from '../errors/issues';
import { HISTORY_SCHEMA_VERSION, migrateRecord, type MigrationContext } from './migrations';
import { type HistoryRecord, HistoryRecordSchema } from './records';

/**
 * The history file's text: a header line `{"schemaVersion":2}`, then one JSON record per line,
 * each line ending in "\n". A line is written whole or not at all, so whatever a kill leaves,
 * every complete line stands alone and at most the last one is cut short.
 */

/** A line that could not be read as a record, kept word for word to be set aside. */
export interface DamagedLine {
  /** 1-based, as an editor shows it. */
  line: number;
  text: string;
  reason: string;
}

export type ParsedLog =
  | {
      kind: 'log';
      /** The version the file was written in; older files come back migrated. */
      fromVersion: number;
      records: HistoryRecord[];
      damaged: DamagedLine[];
      /** The text is exactly what this version writes: nothing to migrate, repair or set aside. */
      clean: boolean;
    }
  /** From a newer Limber: not a line was read, so nothing can be misread or rewritten. */
  | { kind: 'newer-version'; version: number };

export const headerLine = (): string =>
  `${JSON.stringify({ schemaVersion: HISTORY_SCHEMA_VERSION })}\n`;

export const recordLine = (record: HistoryRecord): string => `${JSON.stringify(record)}\n`;

/** A whole file: the header and every record. */
export const serializeLog = (records: readonly HistoryRecord[]): string =>
  headerLine() + records.map(recordLine).join('');

/** Reads a history file's text. Never throws: what cannot be read comes back in `damaged`. */
export function parseLog(text: string, context: MigrationContext): ParsedLog {
  const lines = text.split('\n');
  // Text after the last "\n" is a line a kill or a full disk cut short (or one a person typed).
  const tail = lines.pop() ?? '';
  const numbered = lines.map((line, i) => ({ line: i + 1, text: line }));
  if (tail !== '') numbered.push({ line: lines.length + 1, text: tail });
  const body = numbered.filter(({ text: line }) => line.trim() !== '');

  const header = readHeader(body[0]?.text);
  if (header.kind === 'version' && header.version > HISTORY_SCHEMA_VERSION)
    return { kind: 'newer-version', version: header.version };
  const fromVersion =
    header.kind === 'version'
      ? header.version
      : header.kind === 'none'
        ? 1
        : HISTORY_SCHEMA_VERSION;
  const recordLines = header.kind === 'none' ? body : body.slice(1);
  const damaged: DamagedLine[] =
    header.kind === 'damaged' && body[0] ? [{ ...body[0], reason: header.reason }] : [];

  const records: HistoryRecord[] = [];
  for (const entry of recordLines) {
    const cutShort = tail !== '' && entry.line === numbered.length;
    const result = readRecord(entry.text, fromVersion, context);
    if ('record' in result) records.push(result.record);
    else
      damaged.push({ ...entry, reason: cutShort ? `cut short (${result.reason})` : result.reason });
  }
  const clean =
    damaged.length === 0 &&
    header.kind === 'version' &&
    fromVersion === HISTORY_SCHEMA_VERSION &&
    tail === '';
  return { kind: 'log', fromVersion, records, damaged, clean };
}

type Header =
  | { kind: 'version'; version: number }
  /** Nothing but blank lines: still to be given its header before a record is appended. */
  | { kind: 'empty' }
  /** The first line is a record: a version 1 file, which had no header. */
  | { kind: 'none' }
  | { kind: 'damaged'; reason: string };

function readHeader(line: string | undefined): Header {
  if (line === undefined) return { kind: 'empty' };
  const parsed = parseJson(line);
  if ('reason' in parsed) return { kind: 'damaged', reason: `unreadable header: ${parsed.reason}` };
  const value = parsed.value;
  if (!isObject(value) || !('schemaVersion' in value)) return { kind: 'none' };
  const version = value.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return {
      kind: 'damaged',
      reason: `schemaVersion must be a whole number from 1, got ${JSON.stringify(version)}`,
    };
  return { kind: 'version', version };
}

function readRecord(
  line: string,
  fromVersion: number,
  context: MigrationContext,
): { record: HistoryRecord } | { reason: string } {
  const parsed = parseJson(line);
  if ('reason' in parsed) return parsed;
  if (!isObject(parsed.value)) return { reason: 'not a record (a JSON object)' };
  const checked = HistoryRecordSchema.safeParse(migrateRecord(parsed.value, fromVersion, context));
  return checked.success ? { record: checked.data } : { reason: describe(checked.error) };
}

function parseJson(line: string): { value: unknown } | { reason: string } {
  try {
    return { value: JSON.parse(line) as unknown };
  } catch {
    return { reason: 'not valid JSON' };
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const describe = (error: z.ZodError) =>
  issuesFrom(error)
    .map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message))
    .join('; ');
