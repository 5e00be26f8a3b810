import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { MorningRecord } from '@shared/morning/types';

import type { LastOfferedStore } from './morning-ports';
import { parseMorningRecord } from './morning-record';

/**
 * The last offered day in its own small file under userData (morning.json), so a restart at
 * 07:31 does not offer again. Written whole and renamed into place: a crash leaves the old day
 * or the new one, never half a file. A damaged file reads as "never offered".
 */
export function createJsonLastOfferedStore(dir: string): LastOfferedStore {
  const file = join(dir, 'morning.json');
  return {
    read(): MorningRecord {
      try {
        return parseMorningRecord(JSON.parse(readFileSync(file, 'utf8')));
      } catch {
        return parseMorningRecord(null);
      }
    },
    write(record: MorningRecord) {
      const temp = `${file}.tmp`;
      writeFileSync(temp, JSON.stringify(record), { mode: 0o600 });
      renameSync(temp, file);
    },
  };
}
