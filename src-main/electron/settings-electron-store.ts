import { accessSync, constants, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ipcMain } from 'electron';
import Store from 'electron-store';

type Json = Record<string, unknown>;

/**
 * electron-store registers this ipcMain listener (for stores opened in a renderer) the first
 * time a store is created. Limber opens no store in a renderer, and every IPC channel it answers
 * is in the contract and validated, so the listener is removed again.
 */
const ELECTRON_STORE_CHANNEL = 'electron-store-get-data';

/**
 * A function that replaces `<dir>/<name>.json` with `text` through electron-store, and so with
 * conf's atomic write: temp file, fsync, rename (the `atomically` package). conf falls back to a
 * plain, non-atomic fs.writeFileSync in two cases: when the SNAP env variable is set (a Snap
 * package) and when the rename fails with EXDEV (seen on some Windows machines).
 *
 * The store is opened on the first write, not before: by then the settings wrapper has read and
 * validated the file and moved a damaged one aside. electron-store is only the writer here:
 * - it never parses the file (it reads it when opened and before each write, to keep its
 *   internal keys; `deserialize` ignores that text), so a damaged file can't make it throw, and
 *   with clearInvalidConfig off it never wipes one;
 * - the file gets exactly `text`, byte for byte (`serialize` returns it), so a user's valid,
 *   hand-formatted file is copied to the last-good file unchanged.
 * @throws SyntaxError when `text` is not JSON, TypeError when it is not a JSON object, and the
 *   file system's error (EACCES, ENOSPC...) when the write fails; the old file is then intact.
 */
export function createStoreWriter(dir: string, name: string): (text: string) => void {
  let store: Store<Json> | undefined;
  let next: { value: Json; text: string } | undefined;
  const serialize = (value: Json): string => {
    if (!next || value !== next.value)
      throw new Error(
        `electron-store tried to write ${name}.json on its own; nothing was written.`,
      );
    return next.text;
  };
  return (text) => {
    next = { value: jsonObject(text, name), text };
    failFastIfReadOnly(folderWritten(dir, name));
    store ??= openStore(dir, name, serialize);
    store.store = next.value;
  };
}

function openStore(dir: string, name: string, serialize: (value: Json) => string): Store<Json> {
  const store = new Store<Json>({
    name,
    cwd: dir,
    clearInvalidConfig: false,
    watch: false,
    configFileMode: 0o600, // settings are the user's own business
    serialize,
    deserialize: () => ({}),
  });
  ipcMain.removeAllListeners(ELECTRON_STORE_CHANNEL);
  return store;
}

/**
 * The folder the write really lands in. `atomically` resolves a symlinked settings.json to its
 * target and writes its temp file there, so that folder, not userData, must be writable. A
 * missing file or a dangling link is replaced in place, in `dir`.
 */
function folderWritten(dir: string, name: string): string {
  try {
    return dirname(realpathSync(join(dir, `${name}.json`)));
  } catch {
    return dir;
  }
}

/**
 * `atomically` retries a write refused with EACCES or EPERM for a full second, spinning (it is
 * meant for a file briefly locked, say by a virus scanner on Windows). A folder the user may not
 * write to will not unlock itself, and main would freeze for that second on every change.
 */
function failFastIfReadOnly(dir: string): void {
  try {
    accessSync(dir, constants.W_OK);
  } catch (error) {
    // A missing folder is created by the write itself.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

function jsonObject(text: string, name: string): Json {
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new TypeError(`${name}.json must hold a JSON object; nothing was written.`);
  return value as Json;
}
