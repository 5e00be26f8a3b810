import { describe, expect, it } from 'vitest';

import { execRunner, resultOf } from '../../../../src-main/quiet/exec-runner';

/**
 * The one adapter that runs real processes: Node itself stands in for a tool, so the test needs
 * nothing installed. The time-outs are a few hundred ms of a real child, not a sleep in the test.
 */
const node = process.execPath;

describe('execFile runner', () => {
  it('reports output and exit code 0', async () => {
    const result = await execRunner.run(node, ['-e', 'process.stdout.write("(true,)\\n")'], {
      timeoutMs: 5000,
    });
    expect(result).toEqual({ kind: 'exited', code: 0, stdout: '(true,)\n', stderr: '' });
  });

  it('reports a failing exit with what it printed', async () => {
    const script = 'console.error("No such schema"); process.exit(1)';
    expect(await execRunner.run(node, ['-e', script], { timeoutMs: 5000 })).toEqual({
      kind: 'exited',
      code: 1,
      stdout: '',
      stderr: 'No such schema\n',
    });
  });

  it('a program that is not installed is not-found (ENOENT)', async () => {
    expect(await execRunner.run('limber-no-such-tool', [], { timeoutMs: 5000 })).toEqual({
      kind: 'not-found',
    });
  });

  it('kills a command at its time-out, and when aborted', async () => {
    const forever = ['-e', 'setTimeout(() => {}, 60_000)'];
    expect(await execRunner.run(node, forever, { timeoutMs: 200 })).toEqual({ kind: 'timed-out' });
    const controller = new AbortController();
    const running = execRunner.run(node, forever, { timeoutMs: 60_000, signal: controller.signal });
    controller.abort();
    expect(await running).toEqual({ kind: 'timed-out' });
    const already = new AbortController();
    already.abort();
    expect(
      await execRunner.run(node, forever, { timeoutMs: 60_000, signal: already.signal }),
    ).toEqual({
      kind: 'timed-out',
    });
  });

  it('passes extra environment variables (LC_ALL=C for pactl)', async () => {
    const result = await execRunner.run(
      node,
      ['-e', 'process.stdout.write(process.env.LC_ALL ?? "")'],
      {
        timeoutMs: 5000,
        env: { LC_ALL: 'C' },
      },
    );
    expect(result).toMatchObject({ kind: 'exited', stdout: 'C' });
  });

  it('anything else that stops a command is failed, with the message', () => {
    const error = Object.assign(new Error('spawn pw-dump EACCES'), { code: 'EACCES' });
    expect(resultOf(error, '', '')).toEqual({ kind: 'failed', message: 'spawn pw-dump EACCES' });
  });
});
