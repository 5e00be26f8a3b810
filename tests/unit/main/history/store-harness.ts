import { vi } from 'vitest';

import { parseLog } from '@shared/history/log-format';
import type { HistoryNotice } from '@shared/history/notices';

import {
  createMemoryHistoryFile,
  type MemoryHistoryFile,
} from '../../../../src-main/history/history-memory-file';
import type { HistoryStoreDeps } from '../../../../src-main/history/history-service-types';
import { createHistoryStore } from '../../../../src-main/history/history-store';
import { FakeClock } from '../../../support/fake-clock';
import { at, BERLIN } from '../../shared/history/make-records';

/** 2026-03-30 09:00 in Berlin, a Monday: set-aside copies are named after it. */
export const START = at('2026-03-30 09:00', BERLIN);
export const STAMP = '2026-03-30T07-00-00-000Z';

/**
 * A history store on an in-memory file, as main would start it, with the clock and the
 * user's zone under the test's control. `start()` again on the same file is a restart.
 */
export function historyHarness(
  content?: string | Uint8Array,
  overrides: Partial<HistoryStoreDeps> = {},
) {
  const file: MemoryHistoryFile = createMemoryHistoryFile(content);
  const clock = new FakeClock(START);
  const notices: HistoryNotice[] = [];
  const log = vi.fn<(message: string) => void>();
  const start = () =>
    createHistoryStore({
      file,
      clock,
      timeZone: () => BERLIN,
      onNotice: (notice) => notices.push(notice),
      log,
      ...overrides,
    });
  /** The file as the next start would read it. */
  const onDisk = () => {
    const parsed = parseLog(file.text() ?? '', { timeZone: BERLIN });
    if (parsed.kind !== 'log') throw new Error(`history.jsonl is ${parsed.kind}`);
    return parsed;
  };
  return { file, clock, notices, log, start, onDisk };
}
