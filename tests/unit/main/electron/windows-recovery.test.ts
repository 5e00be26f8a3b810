import { describe, expect, it, vi } from 'vitest';

import { windowPageUrl } from '../../../../src-main/app/app-origin';
import { createAppWindows } from '../../../../src-main/electron/windows';
import { type FakeBrowserWindow, fakeElectron } from '../../../support/electron-mock';
import { RecordingLog } from '../../../support/fake-log';

function setup() {
  const onClosed = vi.fn();
  const log = new RecordingLog();
  const windows = createAppWindows({
    preloadPath: '/app/out/preload/index.cjs',
    pageUrl: windowPageUrl,
    workArea: () => ({ x: 0, y: 0, width: 1920, height: 1040 }),
    onClosed,
    log,
  });
  return { windows, onClosed, log, instances: fakeElectron().FakeBrowserWindow.instances };
}

const crash = (window: FakeBrowserWindow) =>
  window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });

describe('a window whose renderer is gone', () => {
  it('is closed and its view reopened in a fresh window, never shown again blank', () => {
    const { windows, instances, onClosed, log } = setup();
    windows.showPlayer();
    const first = instances[0]!;
    first.emit('ready-to-show');
    crash(first);
    expect(first.destroyed).toBe(true);
    expect(instances).toHaveLength(2);
    expect(instances[1]!.loadURL).toHaveBeenCalledWith('app://limber/player.html');
    // The routine goes on in the new window: its closing is not the user closing the player.
    expect(onClosed).not.toHaveBeenCalled();
    expect(windows.webContentsIds()).toEqual(new Set([instances[1]!.webContents.id]));
    expect(log.messages('error')).toEqual([
      'The player window crashed (crashed); it was closed and opened again',
    ]);
  });

  it('one that stops responding is handled the same way', () => {
    const { windows, instances, onClosed } = setup();
    windows.showSettings();
    instances[0]!.emit('unresponsive');
    expect(instances[0]!.destroyed).toBe(true);
    expect(instances[1]!.loadURL).toHaveBeenCalledWith('app://limber/settings.html');
    expect(onClosed).not.toHaveBeenCalled();
  });

  it('the nudge prompt comes back without taking focus', () => {
    const { windows, instances } = setup();
    windows.showNudge();
    crash(instances[0]!);
    instances[1]!.emit('ready-to-show');
    expect(instances[1]!.showInactive).toHaveBeenCalledTimes(1);
    expect(instances[1]!.show).not.toHaveBeenCalled();
  });

  it('one that keeps crashing is given up after three tries, and its closing reported', () => {
    const { windows, instances, onClosed, log } = setup();
    windows.showPlayer();
    for (let i = 0; i < 4; i++) crash(instances.at(-1)!);
    expect(instances).toHaveLength(4);
    expect(instances.every((window) => window.destroyed)).toBe(true);
    expect(onClosed).toHaveBeenCalledExactlyOnceWith('player');
    expect(log.messages('error').at(-1)).toContain('not opened again');
    // The user can still open it themselves.
    windows.showPlayer();
    expect(instances).toHaveLength(5);
  });

  it('a clean exit of a closed window is nothing to recover', () => {
    const { windows, instances } = setup();
    windows.showSettings();
    instances[0]!.close();
    instances[0]!.webContents.emit('render-process-gone', {}, { reason: 'clean-exit' });
    expect(instances).toHaveLength(1);
  });
});
