import { decodeHistory, type HistoryFilePort } from './history-port';

/** A HistoryFilePort in memory, for tests and the e2e host: every file by name, as bytes. */
export interface MemoryHistoryFile extends HistoryFilePort {
  /** `history.jsonl` and every set-aside copy, by name. */
  files: Map<string, Uint8Array>;
  /** The text of one file, or undefined. */
  text(name?: string): string | undefined;
  /** When set, every write and move throws, like a full disk or a read-only folder. */
  failWrites: boolean;
  /** When set, `read` throws, like a file the user may not read. */
  failReads: boolean;
  /** When set, an append writes half its text and then throws, like a disk filling mid-write. */
  tearAppends: boolean;
}

const FILE = 'history.jsonl';

/** Starts with `content` as history.jsonl, when given (bytes, for a file that is not UTF-8). */
export function createMemoryHistoryFile(content?: string | Uint8Array): MemoryHistoryFile {
  const encode = (text: string) => new TextEncoder().encode(text);
  const files = new Map<string, Uint8Array>();
  if (content !== undefined)
    files.set(FILE, typeof content === 'string' ? encode(content) : content);
  const writable = () => {
    if (memory.failWrites) throw new Error('ENOSPC: no space left on device');
  };
  const asideName = (suffix: string) => {
    const name = `history.${suffix}.jsonl`;
    if (files.has(name)) throw new Error(`EEXIST: ${name} already exists`);
    return name;
  };
  const memory: MemoryHistoryFile = {
    files,
    failWrites: false,
    failReads: false,
    tearAppends: false,
    text: (name = FILE) => {
      const bytes = files.get(name);
      return bytes && new TextDecoder().decode(bytes);
    },
    read() {
      if (memory.failReads) throw new Error('EACCES: permission denied');
      const bytes = files.get(FILE);
      return bytes ? decodeHistory(bytes) : { kind: 'missing' };
    },
    append(text) {
      writable();
      const before = files.get(FILE) ?? new Uint8Array();
      const whole = encode(text);
      const added = memory.tearAppends ? whole.slice(0, whole.length >> 1) : whole;
      const after = new Uint8Array(before.length + added.length);
      after.set(before);
      after.set(added, before.length);
      files.set(FILE, after);
      if (memory.tearAppends) throw new Error('ENOSPC: no space left on device');
    },
    replace(text) {
      writable();
      files.set(FILE, encode(text));
    },
    moveAside(suffix) {
      writable();
      const bytes = files.get(FILE);
      if (!bytes) throw new Error(`ENOENT: no ${FILE} to move`);
      const name = asideName(suffix);
      files.set(name, bytes);
      files.delete(FILE);
      return name;
    },
    writeAside(suffix, text) {
      writable();
      const name = asideName(suffix);
      files.set(name, encode(text));
      return name;
    },
  };
  return memory;
}
