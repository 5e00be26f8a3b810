import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';

import { deepMerge } from '@shared/settings/merge';
import { defaultSettings, SettingsSchema } from '@shared/settings/schema';

import { createSettingsFile } from '../../../../src-main/electron/settings-file';

const KILLS = 200;
let bundle = '';
let textsFile = '';
let texts: string[] = [];
const scratch = mkdtempSync(join(tmpdir(), 'limber-writer-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Valid settings, ~10 KB each, so a kill often lands mid-write. */
function largeSettingsTexts(): string[] {
  const custom = Array.from({ length: 20 }, (_, i) => ({
    id: `custom-routine-${i}` as const,
    name: `Routine number ${i}`,
    stretchIds: [...defaultSettings.routines.morningInBed.stretchIds],
  }));
  return [30, 90].map((sittingLimitMin) =>
    JSON.stringify(
      deepMerge(defaultSettings, { reminders: { sittingLimitMin }, routines: { custom } }),
      null,
      2,
    ),
  );
}

beforeAll(() => {
  textsFile = join(scratch, 'texts.json');
  texts = largeSettingsTexts();
  expect(texts.every((text) => SettingsSchema.safeParse(JSON.parse(text)).success)).toBe(true);
  writeFileSync(textsFile, JSON.stringify(texts));
  // One bundle of the child and the real writer, electron-store included: a plain `node` start
  // is ~10x faster than tsx. `electron` cannot load outside Electron, so a stub stands in.
  bundle = join(scratch, 'writer-child.mjs');
  buildSync({
    entryPoints: [join(import.meta.dirname, 'writer-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: bundle,
    alias: {
      electron: join(import.meta.dirname, 'electron-stub.ts'),
      '@shared': join(import.meta.dirname, '../../../../shared'),
    },
    logLevel: 'error',
  });
});

/** Starts a writer, lets it write for a random few milliseconds, and kills it with SIGKILL. */
async function killMidWrite(dir: string): Promise<void> {
  const child = spawn(process.execPath, [bundle, dir, textsFile], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('exit', () => reject(new Error('The writer stopped before it was killed.')));
  });
  // A real process needs real time to be caught mid-write: this is the one wait that cannot be faked.
  await new Promise((resolve) => setTimeout(resolve, Math.random() * 15));
  child.kill('SIGKILL');
  await exited;
}

describe('atomic settings writes', () => {
  it(
    `settings.json always parses and validates after the writer is killed ${KILLS} times`,
    async () => {
      const dir = mkdtempSync(join(scratch, 'user-data-'));
      let caughtMidWrite = 0;
      for (let kill = 0; kill < KILLS; kill++) {
        await killMidWrite(dir);
        const text = readFileSync(join(dir, 'settings.json'), 'utf8');
        // Whole, and exactly one of the texts asked for: never a mix, never reformatted.
        expect(texts, `after kill ${kill + 1}`).toContain(text);
        expect(SettingsSchema.safeParse(JSON.parse(text)).success).toBe(true);
        // A temp file left behind (`settings.json.tmp-…`) means the kill landed before the rename.
        if (readdirSync(dir).some((name) => name.includes('.tmp-'))) caughtMidWrite++;
        // Starting the app sweeps such leftovers away.
        createSettingsFile(dir);
        expect(readdirSync(dir)).toEqual(['settings.json']);
      }
      // Kills that landed mid-write are what make the check mean something.
      expect(caughtMidWrite).toBeGreaterThan(KILLS / 4);
      console.info(`${caughtMidWrite} of ${KILLS} kills left an unrenamed temp file behind.`);
    },
    // Typically 15–35 s; the margin is for a loaded CI machine.
    120_000,
  );

  it.skipIf(process.platform === 'win32')(
    'a folder the user may not write to fails at once, not after a second of retries',
    () => {
      const dir = readOnlyFolder('read-only');
      const result = writeOnceAsUser(dir);
      expect(result.code).toBe('EACCES');
      // `atomically` alone spins for 1,000 ms on EACCES; main would freeze that long per change.
      expect(result.ms).toBeLessThan(100);
      expect(readdirSync(dir)).toEqual([]);
    },
  );

  it.skipIf(process.platform === 'win32')(
    'settings.json linked into a read-only folder fails at once too: the real folder is checked',
    () => {
      // `atomically` writes its temp file next to the link's target, so that folder is the one.
      const target = readOnlyFolder('read-only-target', texts[0]);
      // The link's own folder is writable by anyone, so only the target's can refuse.
      const dir = join(scratch, 'linked');
      mkdirSync(dir);
      chmodSync(dir, 0o777);
      symlinkSync(join(target, 'settings.json'), join(dir, 'settings.json'));
      const result = writeOnceAsUser(dir);
      expect(result.code).toBe('EACCES');
      expect(result.ms).toBeLessThan(100);
      expect(readFileSync(join(target, 'settings.json'), 'utf8')).toBe(texts[0]);
    },
  );
});

/** A folder under the scratch one that the writer may not write to, holding `settingsText`. */
function readOnlyFolder(name: string, settingsText?: string): string {
  const dir = join(scratch, name);
  mkdirSync(dir);
  if (settingsText !== undefined) writeFileSync(join(dir, 'settings.json'), settingsText);
  chmodSync(dir, 0o555);
  onTestFinished(() => chmodSync(dir, 0o755));
  return dir;
}

/**
 * One write in a child process, as an ordinary user: chmod does not stop root, so as root the
 * writer runs as `nobody` (uid 65534). Returns how long it took and the error's code.
 */
function writeOnceAsUser(dir: string): { ms: number; code?: string } {
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chmodSync(scratch, 0o755); // so `nobody` can load the bundle
  const child = spawnSync(process.execPath, [bundle, dir, textsFile, 'once'], {
    encoding: 'utf8',
    ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
  });
  expect(child.status, child.stderr).toBe(0);
  return JSON.parse(child.stdout) as { ms: number; code?: string };
}
