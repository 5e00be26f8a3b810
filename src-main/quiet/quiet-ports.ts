import type { DetectedKind, Signal } from '@shared/quiet/signal';

/** Where a detector runs; Node's names, so `process.platform` picks the list. */
export type QuietPlatform = 'win32' | 'darwin' | 'linux';

/**
 * The one port every busy detector implements: one signal, on one OS. `detect` may be slow or
 * hang (a D-Bus call to a frozen desktop): detectAll gives each a deadline and aborts `signal`
 * when it passes, so a detector passes it on to whatever it runs. A detector may throw; the
 * runner turns that into unknown. It never answers yes without evidence.
 */
export interface BusyDetector {
  readonly kind: DetectedKind;
  readonly platform: QuietPlatform;
  detect(signal: AbortSignal): Promise<Signal>;
}

/** How a command ended, as the parsers need it: no exception is part of the contract. */
export type CommandResult =
  | { kind: 'exited'; code: number; stdout: string; stderr: string }
  /** The program is not installed (ENOENT). */
  | { kind: 'not-found' }
  /** Killed at its time-out or when the caller aborted. */
  | { kind: 'timed-out' }
  /** It could not be started or was killed by something else (EACCES, a signal). */
  | { kind: 'failed'; message: string };

export interface CommandOptions {
  /** Kill the command after this long. */
  timeoutMs: number;
  /** Kill it as soon as this aborts (detectAll's deadline). */
  signal?: AbortSignal;
  /** Variables to set on top of the app's environment (LC_ALL=C for output we parse as words). */
  env?: Readonly<Record<string, string>>;
}

/** Runs a program with arguments, no shell (execFile), and reports how it ended. */
export interface CommandRunner {
  run(file: string, args: readonly string[], options: CommandOptions): Promise<CommandResult>;
}

/**
 * The few file reads the detectors make. Errors are thrown as Node does (an Error with `code`:
 * ENOENT, EACCES, EPERM...), so a recorded error and a real one look alike to the parsers.
 */
export interface FilePort {
  readText(path: string): Promise<string>;
  listDir(path: string): Promise<string[]>;
  readLink(path: string): Promise<string>;
}

/** The environment variables a detector may look at (DISPLAY, WAYLAND_DISPLAY, HOME...). */
export type Env = Readonly<Record<string, string | undefined>>;
