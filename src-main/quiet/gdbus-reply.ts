import { COMMAND_TIMEOUT_MS } from './command-why';
import type { CommandResult, CommandRunner } from './quiet-ports';

/**
 * `gdbus call` prints the reply as GVariant text: a tuple of the out arguments. Property Gets
 * come back boxed as a variant, method replies not, and unsigned integers carry their type:
 *   (<true>,)   (false,)   (uint64 12345,)   (uint32 42,)
 */

/** A one-boolean reply (boxed or not), or null for anything else. */
export function booleanReply(stdout: string): boolean | null {
  const match = /^\(<?(true|false)>?,\)$/.exec(stdout.trim());
  return match ? match[1] === 'true' : null;
}

/** A one-integer reply (uint64, uint32, or a plain int32), or null for anything else. */
export function integerReply(stdout: string): number | null {
  const match = /^\(<?(?:u?int(?:16|32|64) )?(\d+)>?,\)$/.exec(stdout.trim());
  if (!match) return null;
  const value = Number(match[1]);
  return Number.isSafeInteger(value) ? value : null;
}

/** One `gdbus call --session` with the detectors' time-out. */
export function gdbusCall(
  runner: CommandRunner,
  call: { dest: string; path: string; method: string; args?: readonly string[] },
  signal?: AbortSignal,
): Promise<CommandResult> {
  const args = ['call', '--session', '--dest', call.dest, '--object-path', call.path];
  return runner.run('gdbus', [...args, '--method', call.method, ...(call.args ?? [])], {
    timeoutMs: COMMAND_TIMEOUT_MS,
    signal,
  });
}
