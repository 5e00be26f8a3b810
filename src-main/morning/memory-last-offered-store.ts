import { EMPTY_MORNING_RECORD, type MorningRecord } from '@shared/morning/types';

import type { LastOfferedStore } from './morning-ports';

/** A store that lives as long as the object: for tests, and the e2e host's fresh profiles. */
export function createMemoryLastOfferedStore(
  initial: MorningRecord = EMPTY_MORNING_RECORD,
): LastOfferedStore & { writes(): number } {
  let record = { ...initial };
  let writes = 0;
  return {
    read: () => ({ ...record }),
    write(next) {
      record = { ...next };
      writes++;
    },
    writes: () => writes,
  };
}
