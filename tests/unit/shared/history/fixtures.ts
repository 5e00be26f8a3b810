import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const fixturesDir = resolve(import.meta.dirname, '../../../fixtures/history');

/** The text of a fixture file in tests/fixtures/history. */
export const historyFixture = (name: string): string =>
  readFileSync(join(fixturesDir, name), 'utf8');

/** The schema versions with a `v<N>.jsonl` fixture, in order. */
export const fixtureVersions = (): number[] =>
  readdirSync(fixturesDir)
    .map((name) => /^v(\d+)\.jsonl$/.exec(name)?.[1])
    .filter((v) => v !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
