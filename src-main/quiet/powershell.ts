import { COMMAND_TIMEOUT_MS } from './command-why';
import type { CommandResult, CommandRunner } from './quiet-ports';

/**
 * Runs a PowerShell script passed as -EncodedCommand (base64 of UTF-16LE), so no quoting of
 * C# signatures and no shell ever touches it. Windows PowerShell 5.1 ships with every Windows
 * 10/11. Starting it and compiling an Add-Type costs a few hundred ms, which is why each call
 * gets the whole detector budget; a long-lived helper would be the next step if it proves slow.
 */
export function runPowerShell(
  runner: CommandRunner,
  script: string,
  signal?: AbortSignal,
): Promise<CommandResult> {
  return runner.run('powershell.exe', powerShellArgs(script), {
    timeoutMs: COMMAND_TIMEOUT_MS + 300,
    signal,
  });
}

export function powerShellArgs(script: string): string[] {
  const encoded = Buffer.from(script, 'utf16le').toString('base64');
  return [
    '-NoProfile',
    '-NonInteractive',
    '-ExecutionPolicy',
    'Bypass',
    '-EncodedCommand',
    encoded,
  ];
}

/** The one integer a script printed (PowerShell ends lines with CRLF), or null. */
export function printedInteger(stdout: string): number | null {
  const match = /^\s*(-?\d+)\s*$/.exec(stdout);
  return match ? Number(match[1]) : null;
}
