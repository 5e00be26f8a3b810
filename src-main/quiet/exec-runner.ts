import { execFile } from 'node:child_process';

import type { CommandResult, CommandRunner } from './quiet-ports';

/** Replies are small (pw-dump is the largest, ~100 KB on a busy desktop); cap them anyway. */
const MAX_OUTPUT_BYTES = 8 * 1024 * 1024;

/**
 * The real CommandRunner: execFile (no shell, so nothing is ever interpolated), killed at the
 * time-out or when the caller aborts. Output is decoded as UTF-8; Windows' reg.exe and
 * PowerShell print ASCII for everything the parsers read.
 */
export const execRunner: CommandRunner = {
  run(file, args, options) {
    return new Promise<CommandResult>((resolve) => {
      if (options.signal?.aborted) return resolve({ kind: 'timed-out' });
      execFile(
        file,
        [...args],
        {
          timeout: options.timeoutMs,
          signal: options.signal,
          maxBuffer: MAX_OUTPUT_BYTES,
          windowsHide: true,
          ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
          encoding: 'utf8',
        },
        (error, stdout, stderr) => resolve(resultOf(error, stdout, stderr)),
      );
    });
  },
};

type ExecError = Error & { code?: unknown; killed?: boolean; signal?: unknown };

/** Node reports a time-out, an abort, a missing program and a failing exit all as `error`. */
export function resultOf(error: ExecError | null, stdout: string, stderr: string): CommandResult {
  if (!error) return { kind: 'exited', code: 0, stdout, stderr };
  if (error.code === 'ENOENT') return { kind: 'not-found' };
  if (error.name === 'AbortError' || error.code === 'ABORT_ERR' || error.killed) {
    return { kind: 'timed-out' };
  }
  if (typeof error.code === 'number') return { kind: 'exited', code: error.code, stdout, stderr };
  return { kind: 'failed', message: error.message };
}
