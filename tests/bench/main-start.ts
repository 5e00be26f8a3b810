import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

import { formatTable, median, ms, percentile } from './stats';

const repoRoot = resolve(import.meta.dirname, '../..');

/**
 * Stands in for Electron: every export answers anything asked of it, `app` gives the few
 * answers main needs to get through its start, and `app.whenReady()` ends the process once
 * main's module graph is loaded and its first synchronous steps have run, before any window,
 * tray or service would start.
 */
const electronStub = `
const anything = new Proxy(function () {}, {
  get: (_target, key) => (key === 'then' ? undefined : anything),
  apply: () => anything,
  construct: () => anything,
});
const answers = {
  getPath: () => process.env.LIMBER_STUB_USER_DATA,
  getAppPath: () => process.env.LIMBER_STUB_USER_DATA,
  getVersion: () => '0.0.0',
  getName: () => 'Limber',
  isPackaged: false,
  requestSingleInstanceLock: () => true,
  whenReady() {
    setImmediate(() => process.exit(0));
    return new Promise(() => {});
  },
};
const app = new Proxy(anything, { get: (target, key) => (key in answers ? answers[key] : anything) });
exports.app = app;
${[
  'BrowserWindow',
  'Menu',
  'Notification',
  'Tray',
  'dialog',
  'ipcMain',
  'nativeImage',
  'nativeTheme',
  'net',
  'powerMonitor',
  'protocol',
  'screen',
  'session',
  'shell',
  'webContents',
]
  .map((name) => `exports.${name} = anything;`)
  .join('\n')}
`;

/** Loaded with --require into every run: the process reports its peak memory as it exits. */
const rssReport = `
process.on('exit', () => {
  require('node:fs').writeSync(1, '\\nmaxRssKiB=' + process.resourceUsage().maxRSS + '\\n');
});
`;

/**
 * A node_modules of links to the repository's packages, with the stub as `electron`. Run with
 * --preserve-symlinks, every package resolves its own imports from here, so electron-store and
 * electron-log find the stub as main does.
 */
function linkNodeModules(scratch: string): string {
  const linked = join(scratch, 'node_modules');
  mkdirSync(join(linked, 'electron'), { recursive: true });
  writeFileSync(
    join(linked, 'electron/package.json'),
    '{ "name": "electron", "main": "index.cjs" }',
  );
  writeFileSync(join(linked, 'electron/index.cjs'), electronStub);
  const packages = join(repoRoot, 'node_modules');
  for (const name of readdirSync(packages)) {
    if (name !== 'electron' && !name.startsWith('.')) {
      symlinkSync(join(packages, name), join(linked, name), 'dir');
    }
  }
  return linked;
}

interface Subject {
  label: string;
  args: string[];
}

/** A copy of one build of main, where it resolves its packages from the linked node_modules. */
function stage(
  scratch: string,
  label: string,
  folder: string,
  mainFile: string,
  hook: string,
): Subject {
  const file = join(scratch, folder, 'out/main/index.js');
  mkdirSync(dirname(file), { recursive: true });
  copyFileSync(mainFile, file);
  return { label, args: ['--preserve-symlinks', '--require', hook, file] };
}

function runOnce(subject: Subject, userData: string): { ms: number; rssKiB: number } {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, subject.args, {
    encoding: 'utf8',
    env: { ...process.env, LIMBER_STUB_USER_DATA: userData },
  });
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  const rss = /maxRssKiB=(\d+)/.exec(result.stdout)?.[1];
  if (result.status !== 0 || rss === undefined) {
    throw new Error(`${subject.label} did not start cleanly:\n${result.stdout}\n${result.stderr}`);
  }
  return { ms: elapsed, rssKiB: Number(rss) };
}

const runs = 25;

/**
 * Node start of out/main/index.js with Electron stubbed, next to `node -e 0` and to main built
 * the old way (every dependency loaded from node_modules), built here in the same run.
 * Runs are interleaved, so a machine that slows down mid-run slows every series alike.
 */
export function printMainStart(): void {
  const scratch = mkdtempSync(join(tmpdir(), 'limber-main-start-'));
  try {
    linkNodeModules(scratch);
    const hook = join(scratch, 'rss-report.cjs');
    writeFileSync(hook, rssReport);
    const userData = join(scratch, 'user-data');
    mkdirSync(userData);

    const externalOut = join(scratch, 'build-external');
    execFileSync(
      process.execPath,
      [
        join(repoRoot, 'node_modules/electron-vite/bin/electron-vite.js'),
        'build',
        '-c',
        'tests/bench/main-start.config.ts',
        '--logLevel',
        'error',
      ],
      {
        cwd: repoRoot,
        env: { ...process.env, LIMBER_MAIN_OUT_DIR: externalOut },
        stdio: 'inherit',
      },
    );

    const subjects: Subject[] = [
      { label: 'node -e 0', args: ['--require', hook, '-e', '0'] },
      stage(
        scratch,
        'main, packages from node_modules (before)',
        'before',
        join(externalOut, 'index.js'),
        hook,
      ),
      stage(
        scratch,
        'main, packages bundled (as built)',
        'after',
        join(repoRoot, 'out/main/index.js'),
        hook,
      ),
    ];
    const samples = subjects.map(() => ({ ms: [] as number[], rss: [] as number[] }));
    for (const subject of subjects) runOnce(subject, userData); // warm the file cache
    for (let run = 0; run < runs; run++) {
      subjects.forEach((subject, index) => {
        const { ms: time, rssKiB } = runOnce(subject, userData);
        samples[index]?.ms.push(time);
        samples[index]?.rss.push(rssKiB);
      });
    }
    const mib = (kib: number) => `${(kib / 1024).toFixed(1)} MiB`;
    console.log(`\nMain start in Node, Electron stubbed, to app.whenReady(), ${runs} runs each\n`);
    console.log(
      formatTable([
        ['start', 'median', 'p90', 'peak RSS (median)'],
        ...subjects.map((subject, index) => {
          const { ms: times = [], rss = [] } = samples[index] ?? {};
          return [subject.label, ms(median(times)), ms(percentile(times, 0.9)), mib(median(rss))];
        }),
      ]),
    );
    const [floor, before, after] = samples.map((s) => median(s.ms));
    if (floor !== undefined && before !== undefined && after !== undefined) {
      console.log(
        `\nAs built: ${(after / before).toFixed(2)}x the start before (target at most 0.6x); ` +
          `over node -e 0: ${ms(after - floor)} against ${ms(before - floor)}.`,
      );
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
