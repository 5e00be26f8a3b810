/**
 * Run as its own process by kill-writer.test.ts: opens the history in `argv[2]` through the
 * app's real store and node:fs file, on a clock starting at `argv[3]` (wall ms) that moves on
 * a day per record, so once 90 days are in, compaction rewrites the file after every append. Prints `ready`
 * once the store has loaded (and repaired) the file, then appends sitting bouts until killed,
 * printing `ack <at>` each time `append` has returned with the record on disk.
 * Bundled into one file, so it starts in tens of ms.
 */
import { createHistoryFile } from '../../../../src-main/history/history-file';
import { createHistoryStore } from '../../../../src-main/history/history-store';

const STEP_MS = 86_400_000;
let wall = Number(process.argv[3]);
let mono = 0;
const store = createHistoryStore({
  file: createHistoryFile(process.argv[2] ?? '.'),
  clock: { now: () => wall, monotonic: () => mono },
  timeZone: () => 'UTC',
  log: (message) => process.stderr.write(`${message}\n`),
});
process.stdout.write('ready\n');
for (;;) {
  const result = store.append({ type: 'sitting-bout', lengthMs: 60_000 });
  if (!result.ok) throw new Error(result.error.message);
  process.stdout.write(`ack ${result.record.at}\n`);
  wall += STEP_MS;
  mono += STEP_MS;
}
