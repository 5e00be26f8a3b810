import { no, type Signal, unknown, yes } from '@shared/quiet/signal';

import type { BusyDetector, FilePort } from './quiet-ports';

/**
 * Do Not Disturb / Focus on macOS 12+. There is no public API. What we rely on: the DoNotDisturb
 * daemon writes the active assertions to ~/Library/DoNotDisturb/DB/Assertions.json, shaped
 *   { "data": [ { "storeAssertionRecords": [ { "assertionDetails": {
 *       "assertionDetailsModeIdentifier": "com.apple.donotdisturb.mode.default" }, ... } ] } ] }
 * A Focus turned on by hand (Control Center, a shortcut) adds a record; none means off.
 * How it fails, all answered unknown, never "off":
 * - the file is missing: macOS 11 and older (DND lived in com.apple.ncprefs), or it moved;
 * - EPERM/EACCES: newer macOS puts the folder behind Full Disk Access;
 * - a shape we do not recognise: Apple changed the format.
 * Known gap: a Focus started by a schedule or a place writes no assertion, so it reads as off.
 */
export function macosFocusDetector(files: FilePort, home: string): BusyDetector {
  return {
    kind: 'dnd',
    platform: 'darwin',
    async detect() {
      const path = `${home}/Library/DoNotDisturb/DB/Assertions.json`;
      let text: string;
      try {
        text = await files.readText(path);
      } catch (error) {
        return unknown(readFailure(error));
      }
      return focusFromAssertions(text);
    },
  };
}

export function focusFromAssertions(text: string): Signal {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return unknown('Assertions.json is not JSON (its format may have changed)');
  }
  const data = (parsed as { data?: unknown } | null)?.data;
  if (!Array.isArray(data)) return unknown('Assertions.json has no data list (format changed?)');
  let records = 0;
  for (const store of data as unknown[]) {
    if (typeof store !== 'object' || store === null)
      return unknown('Assertions.json: unexpected entry');
    const list = (store as { storeAssertionRecords?: unknown }).storeAssertionRecords;
    if (list === undefined) continue;
    if (!Array.isArray(list)) return unknown('Assertions.json: records are not a list');
    records += list.length;
  }
  return records > 0 ? yes : no;
}

function readFailure(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no Focus assertions file (macOS 11 or older, or it moved)';
  if (code === 'EPERM' || code === 'EACCES') {
    return 'reading Focus needs Full Disk Access for Limber';
  }
  return `could not read the Focus assertions (${typeof code === 'string' ? code : String(error)})`;
}
