import { describe, expect, it } from 'vitest';

import { linuxFullscreenDetector } from '../../../../src-main/quiet/linux-fullscreen';
import { recorded, RecordedRunner } from './support/recorded';

const signal = new AbortController().signal;
const x = (name: string) => recorded(`linux/xprop/${name}`);
const ROOT = 'xprop -root _NET_ACTIVE_WINDOW';
const X11 = { DISPLAY: ':0' };

describe('Linux full screen, from the X11 window manager', () => {
  it('the active window in full screen is yes', async () => {
    const runner = new RecordedRunner({
      [ROOT]: x('root-active-fs'),
      'xprop -id 0x60000c': x('state-fullscreen'),
    });
    expect(await linuxFullscreenDetector(runner, X11).detect(signal)).toEqual({ state: 'yes' });
    expect(runner.lines()).toEqual([ROOT, 'xprop -id 0x60000c _NET_WM_STATE']);
    const among = new RecordedRunner({
      [ROOT]: x('root-active'),
      'xprop -id': x('state-multi-fs'),
    });
    expect(await linuxFullscreenDetector(among, X11).detect(signal)).toEqual({ state: 'yes' });
  });

  it('a normal, maximised or stateless active window is no', async () => {
    for (const state of ['state-normal', 'state-multi', 'state-absent']) {
      const runner = new RecordedRunner({
        [ROOT]: x('root-active'),
        'xprop -id 0x40000c': x(state),
      });
      expect(await linuxFullscreenDetector(runner, X11).detect(signal)).toEqual({ state: 'no' });
    }
  });

  it('without an EWMH window manager, a display or xprop it cannot tell', async () => {
    for (const root of ['root-nowm', 'root-nowindow']) {
      expect(
        await linuxFullscreenDetector(new RecordedRunner({ [ROOT]: x(root) }), X11).detect(signal),
      ).toEqual({
        state: 'unknown',
        why: 'the window manager does not say which window is active',
      });
    }
    expect(
      await linuxFullscreenDetector(new RecordedRunner({ [ROOT]: x('nodisplay') }), X11).detect(
        signal,
      ),
    ).toEqual({
      state: 'unknown',
      why: "xprop failed: xprop:  unable to open display ''",
    });
    expect(await linuxFullscreenDetector(new RecordedRunner(), X11).detect(signal)).toEqual({
      state: 'unknown',
      why: 'xprop is not installed',
    });
    expect(await linuxFullscreenDetector(new RecordedRunner(), {}).detect(signal)).toEqual({
      state: 'unknown',
      why: 'no X11 display',
    });
  });

  it('a window that closed between the two questions is unknown (BadWindow)', async () => {
    const runner = new RecordedRunner({ [ROOT]: x('root-active'), 'xprop -id': x('id-bad') });
    expect(await linuxFullscreenDetector(runner, X11).detect(signal)).toEqual({
      state: 'unknown',
      why: 'xprop failed: X Error of failed request:  BadWindow (invalid Window parameter)',
    });
  });

  it('on Wayland: honest unknown, unless a full-screen X11 app is in front', async () => {
    const wayland = { WAYLAND_DISPLAY: 'wayland-0', DISPLAY: ':0' };
    const why = 'Wayland does not let apps see whether another window is full screen';
    expect(
      await linuxFullscreenDetector(new RecordedRunner(), { WAYLAND_DISPLAY: 'wayland-0' }).detect(
        signal,
      ),
    ).toEqual({
      state: 'unknown',
      why,
    });
    const zero = {
      kind: 'exited',
      code: 0,
      stdout: '_NET_ACTIVE_WINDOW(WINDOW): window id # 0x0\n',
      stderr: '',
    } as const;
    expect(
      await linuxFullscreenDetector(new RecordedRunner({ [ROOT]: zero }), wayland).detect(signal),
    ).toEqual({
      state: 'unknown',
      why,
    });
    expect(
      await linuxFullscreenDetector(new RecordedRunner({ [ROOT]: zero }), X11).detect(signal),
    ).toEqual({ state: 'no' });
    const game = new RecordedRunner({
      [ROOT]: x('root-active-fs'),
      'xprop -id': x('state-fullscreen'),
    });
    expect(await linuxFullscreenDetector(game, wayland).detect(signal)).toEqual({ state: 'yes' });
  });
});
