import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { dailyTotals } from '@shared/history/day-totals';
import { localDayOf } from '@shared/history/local-day';
import { parseLog } from '@shared/history/log-format';

import { createHistoryFile } from '../../../../src-main/history/history-file';
import { createHistoryStore } from '../../../../src-main/history/history-store';

const KILLS = 200;
/** Writers killed side by side, each in its own folder: process start-up is most of the time. */
const LANES = 4;
const STEP_MS = 86_400_000; // as writer-child.ts
const FIRST_WALL = Date.UTC(2026, 0, 1);

const scratch = mkdtempSync(join(tmpdir(), 'limber-history-writer-'));
let bundle = '';
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

beforeAll(() => {
  // One minified bundle of the child and the real store: `node` starts it far faster than tsx.
  bundle = join(scratch, 'writer-child.mjs');
  buildSync({
    entryPoints: [join(import.meta.dirname, 'writer-child.ts')],
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    outfile: bundle,
    alias: { '@shared': join(import.meta.dirname, '../../../../shared') },
    logLevel: 'error',
  });
});

/** Starts a writer, lets it append for a random few milliseconds, kills it; returns its acks. */
async function killMidWrite(dir: string, startWall: number): Promise<number[]> {
  const child = spawn(process.execPath, [bundle, dir, String(startWall)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => (out += chunk));
  // 'close', not 'exit': every ack the child wrote before it died must be read.
  const closed = new Promise((resolve) => child.once('close', resolve));
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('exit', () => reject(new Error('The writer stopped before it was killed.')));
  });
  // A real process needs real time to be caught mid-write: the one wait that cannot be faked.
  await new Promise((resolve) => setTimeout(resolve, Math.random() * 15));
  child.kill('SIGKILL');
  await closed;
  return [...out.matchAll(/^ack (\d+)$/gm)].map((match) => Number(match[1]));
}

interface Lane {
  dir: string;
  acked: number[];
  tornTails: number;
  midReplace: number;
}

/** What a kill left: the file loads, every acked record is there (or counted in its day's summary). */
function checkAfterKill(lane: Lane, kill: number): number {
  const where = `${lane.dir}, after kill ${kill}`;
  if (readdirSync(lane.dir).some((name) => name.includes('.tmp-'))) lane.midReplace++;
  const log = parseLog(readFileSync(join(lane.dir, 'history.jsonl'), 'utf8'), { timeZone: 'UTC' });
  if (log.kind !== 'log') throw new Error(`${where}: ${log.kind}`);
  // The only damage a kill may leave is a last line cut short, never acked.
  expect(
    log.damaged.every((line) => line.reason.startsWith('cut short')),
    where,
  ).toBe(true);
  expect(log.damaged.length, where).toBeLessThanOrEqual(1);
  lane.tornTails += log.damaged.length;

  const rawAts = log.records.filter((r) => r.type === 'sitting-bout').map((r) => r.at);
  expect(new Set(rawAts).size, `${where}: a record written twice`).toBe(rawAts.length);
  const raw = new Set(rawAts);
  const totals = dailyTotals(log.records);
  const summarised = new Set(log.records.filter((r) => r.type === 'day-summary').map((r) => r.day));
  const ackedPerDay = new Map<string, number>();
  for (const at of lane.acked) {
    const day = localDayOf(at, 'UTC');
    ackedPerDay.set(day, (ackedPerDay.get(day) ?? 0) + 1);
    if (!summarised.has(day) && !raw.has(at)) throw new Error(`${where}: acked record ${at} lost`);
  }
  for (const [day, count] of ackedPerDay)
    expect(totals.get(day)?.records ?? 0, `${where}: ${day}`).toBeGreaterThanOrEqual(count);
  return Math.max(FIRST_WALL, ...rawAts, ...lane.acked);
}

/** Days of history a lane starts with: past the 90 kept raw, so every append compacts. */
const SEEDED_DAYS = 100;

/** Writes `SEEDED_DAYS` of records through the app's store, in this process. */
function seed(lane: Lane): number {
  let wall = FIRST_WALL;
  const store = createHistoryStore({
    file: createHistoryFile(lane.dir),
    clock: { now: () => wall, monotonic: () => 0 },
    timeZone: () => 'UTC',
    log: () => {},
  });
  for (let day = 0; day < SEEDED_DAYS; day++, wall += STEP_MS) {
    const result = store.append({ type: 'sitting-bout', lengthMs: 60_000 });
    if (result.ok) lane.acked.push(result.record.at);
  }
  return wall;
}

async function runLane(lane: Lane, kills: number): Promise<void> {
  let wall = seed(lane);
  for (let kill = 1; kill <= kills; kill++) {
    lane.acked.push(...(await killMidWrite(lane.dir, wall)));
    wall = checkAfterKill(lane, kill) + STEP_MS;
  }
}

describe('durable history appends', () => {
  it(
    `every acknowledged record survives ${KILLS} kills at random moments, and the file always loads`,
    async () => {
      const lanes: Lane[] = Array.from({ length: LANES }, (_, i) => {
        const dir = join(scratch, `user-data-${i}`);
        mkdirSync(dir);
        return { dir, acked: [], tornTails: 0, midReplace: 0 };
      });
      await Promise.all(lanes.map((lane) => runLane(lane, KILLS / LANES)));

      for (const lane of lanes) {
        // Enough acks for the check to mean something, and a file the app itself opens.
        expect(lane.acked.length).toBeGreaterThan(KILLS / LANES);
        const store = createHistoryStore({
          file: createHistoryFile(lane.dir),
          clock: { now: () => Math.max(...lane.acked), monotonic: () => 0 },
          timeZone: () => 'UTC',
          log: () => {},
        });
        const kept = [...dailyTotals(store.list()).values()].reduce((n, t) => n + t.records, 0);
        expect(kept).toBeGreaterThanOrEqual(lane.acked.length);
        expect(store.notices().filter((n) => n.kind !== 'damaged-lines')).toEqual([]);
      }
      const sum = (pick: (lane: Lane) => number) => lanes.reduce((n, lane) => n + pick(lane), 0);
      // Kills that landed while compaction was replacing the file are what test the rename.
      expect(sum((lane) => lane.midReplace)).toBeGreaterThan(KILLS / 20);
      console.info(
        `${sum((l) => l.acked.length)} records acked over ${KILLS} kills; ` +
          `${sum((l) => l.midReplace)} kills landed mid-replace, ${sum((l) => l.tornTails)} left a torn last line.`,
      );
    },
    // 15–35 s on a shared 2-core machine: 200 Node start-ups (80–120 ms each there) are the floor.
    120_000,
  );
});
