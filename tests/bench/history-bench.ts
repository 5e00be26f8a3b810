import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { localDayOf } from '@shared/history/local-day';
import { parseLog, recordLine, serializeLog } from '@shared/history/log-format';
import type { HistoryRecord } from '@shared/history/records';
import { computeHistoryStats } from '@shared/history/stats';
import { summariseOldDays } from '@shared/history/summarise';

import { createHistoryFile } from '../../src-main/history/history-file';
import { heavyHistory } from '../support/heavy-history';
import { formatTable, kib, median, ms, percentile } from './stats';

const ZONE = 'Europe/Berlin';
const NOW = Date.UTC(2026, 6, 19, 18, 0);
const RUNS = 30;
const APPENDS = 30;

/** Times `work` `RUNS` times, interleaved with the others so a machine slowing down slows all alike. */
function timeEach(work: Record<string, () => unknown>): Record<string, number[]> {
  const samples = Object.fromEntries(Object.keys(work).map((name) => [name, [] as number[]]));
  for (let run = 0; run < RUNS; run++) {
    for (const [name, fn] of Object.entries(work)) {
      const started = performance.now();
      fn();
      samples[name]?.push(performance.now() - started);
    }
  }
  return samples;
}

/** A naive reader: every line through JSON.parse, no validation, then the same stats. */
function naiveStats(text: string): unknown {
  const records = text
    .split('\n')
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as HistoryRecord);
  return computeHistoryStats(records, NOW, ZONE);
}

/** A durable append (one write + fsync) next to a plain append the OS may keep in cache. */
function measureAppends(line: string): { durable: number[]; cached: number[] } {
  const dir = mkdtempSync(join(tmpdir(), 'limber-history-bench-'));
  try {
    const file = createHistoryFile(dir);
    const durable: number[] = [];
    const cached: number[] = [];
    for (let i = 0; i < APPENDS; i++) {
      let started = performance.now();
      file.append(line);
      durable.push(performance.now() - started);
      started = performance.now();
      appendFileSync(join(dir, 'cached.jsonl'), line);
      cached.push(performance.now() - started);
    }
    return { durable, cached };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A year of heavy use (tests/support/heavy-history.ts): stats time, file size, append time. */
export function measureHistory() {
  const today = localDayOf(NOW, ZONE);
  const year = heavyHistory(today, 365, ZONE);
  const compacted = summariseOldDays(year, today).records;
  const rawText = serializeLog(year);
  const compactedText = serializeLog(compacted);
  const times = timeEach({
    statsCompacted: () => computeHistoryStats(compacted, NOW, ZONE),
    statsRaw: () => computeHistoryStats(year, NOW, ZONE),
    naive: () => naiveStats(compactedText),
    load: () => parseLog(compactedText, { timeZone: ZONE }),
  });
  const bytes = (text: string) => new TextEncoder().encode(text).length;
  return {
    records: { raw: year.length, compacted: compacted.length },
    bytes: { raw: bytes(rawText), compacted: bytes(compactedText) },
    times,
    appends: measureAppends(recordLine(year.at(-1) ?? compacted[0]!)),
  };
}

/** Prints the figures as `npm run bench` shows them. */
export function printHistoryBench(): void {
  const { records, bytes, times, appends } = measureHistory();
  const row = (label: string, samples: number[] = []) => [
    label,
    ms(median(samples)),
    ms(percentile(samples, 0.9)),
  ];
  console.log(
    `\nHistory: a year of heavy use (${records.raw} records), ${RUNS} runs each, interleaved\n`,
  );
  console.log(
    formatTable([
      ['work', 'median', 'p90'],
      row('stats() from memory, compacted year (the store)', times.statsCompacted),
      row('stats() from memory, uncompacted year', times.statsRaw),
      row('baseline: JSON.parse every line, then stats', times.naive),
      row('load at start: parse + validate every line', times.load),
    ]),
  );
  console.log(`\nAppending one record, ${APPENDS} times, to a file in ${tmpdir()}\n`);
  console.log(
    formatTable([
      ['append', 'median', 'p90'],
      row('history append (one write + fsync)', appends.durable),
      row('baseline: appendFileSync, no fsync', appends.cached),
    ]),
  );
  console.log('');
  console.log(
    formatTable([
      ['file', 'records', 'size'],
      ['history.jsonl after compaction', String(records.compacted), kib(bytes.compacted)],
      ['the same year uncompacted', String(records.raw), kib(bytes.raw)],
    ]),
  );
  const statsMs = median(times.statsCompacted ?? []);
  console.log(
    `\nTargets: stats under 20 ms (${ms(statsMs)}: ${statsMs < 20 ? 'met' : 'MISSED'}),` +
      ` file under 1 MB (${kib(bytes.compacted)}: ${bytes.compacted < 1024 * 1024 ? 'met' : 'MISSED'}).`,
  );
}
