import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import type {
  CommandOptions,
  CommandResult,
  CommandRunner,
  FilePort,
} from '../../../../../src-main/quiet/quiet-ports';

const ROOT = resolve(import.meta.dirname, '../../../../fixtures/quiet');

/** A recorded command (fixtures/quiet/<name>.stdout, .stderr, .exit) as the runner reports it. */
export function recorded(name: string): CommandResult {
  const base = resolve(ROOT, name);
  if (!existsSync(`${base}.exit`)) throw new Error(`No recording ${name}`);
  const read = (ext: string) =>
    existsSync(`${base}.${ext}`) ? readFileSync(`${base}.${ext}`, 'utf8') : '';
  return {
    kind: 'exited',
    code: Number(read('exit').trim()),
    stdout: read('stdout'),
    stderr: read('stderr'),
  };
}

/** A fixture file's text (macOS assertions and the like). */
export function fixtureText(name: string): string {
  return readFileSync(resolve(ROOT, name), 'utf8');
}

export const notFound: CommandResult = { kind: 'not-found' };
export const timedOut: CommandResult = { kind: 'timed-out' };

/** What a scripted command does: answer, or hang until aborted (as execFile is killed). */
export type Scripted = CommandResult | 'hang';

/**
 * A CommandRunner that answers from recordings. `script` maps "file arg arg..." (a prefix is
 * enough; the longest match wins) to what happens; anything unscripted is "not installed", as on
 * a bare machine.
 */
export class RecordedRunner implements CommandRunner {
  readonly calls: { line: string; options: CommandOptions }[] = [];
  constructor(private readonly script: Readonly<Record<string, Scripted>> = {}) {}

  run(file: string, args: readonly string[], options: CommandOptions): Promise<CommandResult> {
    const line = [file, ...args].join(' ');
    this.calls.push({ line, options });
    const key = Object.keys(this.script)
      .filter((prefix) => line.startsWith(prefix))
      .sort((a, b) => b.length - a.length)[0];
    const scripted = key === undefined ? notFound : this.script[key]!;
    if (scripted !== 'hang') return Promise.resolve(scripted);
    return new Promise((resolve) => {
      options.signal?.addEventListener('abort', () => resolve(timedOut), { once: true });
    });
  }

  /** The command lines run, in order. */
  lines(): string[] {
    return this.calls.map((call) => call.line);
  }
}

interface ProcRecording {
  selfPid: string;
  dirs: Record<string, { entries?: string[]; error?: string }>;
  links: Record<string, { target?: string; error?: string }>;
}

/** Parses a recorded /proc (fixtures/quiet/linux/proc/*.json). */
export function procRecording(name: string): ProcRecording {
  return JSON.parse(fixtureText(name)) as ProcRecording;
}

/**
 * A FilePort over a recorded /proc and a few files. Errors are thrown as Node throws them: an
 * Error with `code`.
 */
export function recordedFiles(
  options: { proc?: ProcRecording; files?: Record<string, string | { error: string }> } = {},
): FilePort {
  const proc = options.proc;
  const fail = (code: string, path: string) =>
    Promise.reject(Object.assign(new Error(`${code}: ${path}`), { code }));
  return {
    readText(path) {
      const file = options.files?.[path];
      if (file === undefined) return fail('ENOENT', path);
      return typeof file === 'string' ? Promise.resolve(file) : fail(file.error, path);
    },
    listDir(path) {
      const dir = proc?.dirs[path];
      if (!dir) return fail('ENOENT', path);
      return dir.error ? fail(dir.error, path) : Promise.resolve([...(dir.entries ?? [])]);
    },
    readLink(path) {
      const link = proc?.links[path];
      if (!link) return fail('ENOENT', path);
      return link.error ? fail(link.error, path) : Promise.resolve(link.target ?? '');
    },
  };
}
