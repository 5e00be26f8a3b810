/**
 * `npm run chaos [runs] [seed]`: the chaos test's runs, many more of them than `npm test`
 * plays (20,000 by default). Prints how many passed and how long it took; a failure prints the
 * shrunk run and the seed that replays it, and exits 1.
 */
import fc from 'fast-check';

import { chaosRun } from './chaos-steps';
import { playRun } from './play-run';

const runs = Number(process.argv[2] ?? 20_000);
const seedArg = process.argv[3];
// fast-check takes a 32-bit seed.
const seed = seedArg === undefined ? Date.now() | 0 : Number(seedArg);

const started = performance.now();
const details = await fc.check(fc.asyncProperty(chaosRun, playRun), { numRuns: runs, seed });
const seconds = ((performance.now() - started) / 1000).toFixed(1);

if (details.failed) {
  console.error(fc.defaultReportMessage(details));
  console.error(`Replay with: npm run chaos -- ${runs} ${details.seed}`);
  console.log(`chaos: ${details.numRuns - 1} passed, 1 failed`);
  process.exit(1);
}
console.log(`${details.numRuns} chaos runs (seed ${details.seed}) in ${seconds} s`);
console.log(`chaos: ${details.numRuns} passed, 0 failed`);
