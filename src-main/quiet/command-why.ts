import type { CommandResult } from './quiet-ports';

/** How long a detector lets one command run: under detectAll's 2 s, so it is killed first. */
export const COMMAND_TIMEOUT_MS = 1_500;

/** The result, if the command ran and exited 0; otherwise null (see whyNot). */
export function succeeded(
  result: CommandResult,
): Extract<CommandResult, { kind: 'exited' }> | null {
  return result.kind === 'exited' && result.code === 0 ? result : null;
}

/**
 * Why a command gave no usable answer, in words `limber status` can show:
 * "pw-dump is not installed", "gdbus failed: Error: GDBus.Error:...ServiceUnknown: ...".
 */
export function whyNot(tool: string, result: CommandResult): string {
  switch (result.kind) {
    case 'not-found':
      return `${tool} is not installed`;
    case 'timed-out':
      return `${tool} did not answer in time`;
    case 'failed':
      return `${tool} could not run: ${result.message}`;
    case 'exited': {
      const said = firstLine(result.stderr) || firstLine(result.stdout);
      return said ? `${tool} failed: ${said}` : `${tool} exited with code ${result.code}`;
    }
  }
}

function firstLine(text: string): string {
  return (
    text
      .split(/\r?\n/)
      .find((line) => line.trim() !== '')
      ?.trim() ?? ''
  );
}
