import { beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';

import { setupSingleInstance } from '../../../../src-main/electron/single-instance';
import { fakeElectron } from '../../../support/electron-mock';

/** Development argv: `electron . <words>`. */
const devArgv = (...words: string[]) => ['/x/electron', '.', ...words];

let stdout: MockInstance;
let stderr: MockInstance;
let exit: ReturnType<typeof vi.fn>;

beforeEach(() => {
  exit = fakeElectron().app.exit;
  stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  return () => {
    stdout.mockRestore();
    stderr.mockRestore();
  };
});

const written = (spy: MockInstance) => spy.mock.calls.map(([text]) => String(text)).join('');

/** The running app's side: a later launch with these words arrives as 'second-instance'. */
const secondLaunch = (...words: string[]) =>
  fakeElectron().app.emit('second-instance', {}, devArgv(...words), '/home/me', null);

describe('single instance: the first launch', () => {
  it('runs and returns the command it was started with', () => {
    expect(setupSingleInstance(devArgv('desk-break'), vi.fn())).toEqual({
      command: { kind: 'desk-break' },
    });
    expect(fakeElectron().app.quit).not.toHaveBeenCalled();
    expect(exit).not.toHaveBeenCalled();
  });

  it('starts anyway after a bad command, and says why', () => {
    expect(setupSingleInstance(devArgv('desk-brake'), vi.fn())).toEqual({ command: null });
    expect(written(stderr)).toContain("Unknown command 'desk-brake'. Try: morning, desk-break");
    expect(exit).not.toHaveBeenCalled();
    expect(fakeElectron().app.quit).not.toHaveBeenCalled();
  });

  it('prints the usage for --help and exits 0 without taking the lock', () => {
    expect(setupSingleInstance(devArgv('--help'), vi.fn())).toBeUndefined();
    expect(written(stdout)).toContain('Usage: limber [command]');
    expect(exit).toHaveBeenCalledWith(0);
    expect(fakeElectron().app.requestSingleInstanceLock).not.toHaveBeenCalled();
  });
});

describe('single instance: later launches, seen by the running app', () => {
  it('runs the command a later launch asked for', () => {
    const onSecondLaunch = vi.fn();
    setupSingleInstance(devArgv(), onSecondLaunch);
    secondLaunch('pause', '2h');
    expect(onSecondLaunch).toHaveBeenCalledWith({ kind: 'pause', choice: { minutes: 120 } });
  });

  it('hears a launch with no command as a plain "show me"', () => {
    const onSecondLaunch = vi.fn();
    setupSingleInstance(devArgv(), onSecondLaunch);
    secondLaunch('--ozone-platform=wayland');
    expect(onSecondLaunch).toHaveBeenCalledWith(null);
  });

  it('ignores a launch with a bad command: that launch told its own user', () => {
    const onSecondLaunch = vi.fn();
    setupSingleInstance(devArgv(), onSecondLaunch);
    secondLaunch('pause', 'forever');
    expect(onSecondLaunch).not.toHaveBeenCalled();
    expect(written(stderr)).toBe('');
  });
});

describe('single instance: the later launch itself', () => {
  beforeEach(() => {
    fakeElectron().app.singleInstanceLock = false;
  });

  it('hands a good command over and quits quietly', () => {
    expect(setupSingleInstance(devArgv('morning'), vi.fn())).toBeUndefined();
    expect(fakeElectron().app.quit).toHaveBeenCalled();
    expect(exit).not.toHaveBeenCalled();
    expect(written(stderr)).toBe('');
  });

  it('prints a bad command to stderr and exits 2', () => {
    expect(setupSingleInstance(devArgv('pause'), vi.fn())).toBeUndefined();
    expect(written(stderr)).toContain("'pause' needs a length");
    expect(exit).toHaveBeenCalledWith(2);
    expect(fakeElectron().app.quit).not.toHaveBeenCalled();
  });
});
