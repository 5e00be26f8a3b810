import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

import { windowPageUrl } from '../../../../src-main/app/app-origin';
import { cornerPosition, WINDOW_BACKGROUND } from '../../../../src-main/electron/window-options';
import { createAppWindows } from '../../../../src-main/electron/windows';
import { fakeElectron } from '../../../support/electron-mock';

const preloadPath = '/app/out/preload/index.cjs';
const workArea = { x: 0, y: 0, width: 1920, height: 1040 };

function setup() {
  const onClosed = vi.fn();
  const windows = createAppWindows({
    preloadPath,
    pageUrl: windowPageUrl,
    workArea: () => workArea,
    onClosed,
  });
  return { windows, onClosed, instances: fakeElectron().FakeBrowserWindow.instances };
}

describe('windows', () => {
  it('opens nothing until asked: no hidden renderer at startup', () => {
    const { instances } = setup();
    expect(instances).toHaveLength(0);
  });

  it.each(['showPlayer', 'showNudge', 'showSettings'] as const)(
    '%s creates a locked-down window: sandboxed, isolated, no Node, our preload, hidden at first',
    (show) => {
      const { windows, instances } = setup();
      windows[show]();
      const options = instances[0]!.options as { webPreferences: Record<string, unknown> };
      expect(options.webPreferences).toMatchObject({
        preload: preloadPath,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        webSecurity: true,
      });
      expect(options).toMatchObject({ show: false });
    },
  );

  it("loads each kind's own page, which carries only that window's code", () => {
    const { windows, instances } = setup();
    windows.showPlayer();
    windows.showNudge();
    windows.showSettings();
    windows.showHistory();
    windows.showStatus();
    windows.showWelcome();
    expect(instances.map((w) => w.loadURL.mock.calls[0]?.[0])).toEqual([
      'app://limber/player.html',
      'app://limber/nudge.html',
      'app://limber/settings.html',
      'app://limber/history.html',
      'app://limber/status.html',
      // The welcome has no view of its own: the player's start screen greets the user.
      'app://limber/player.html',
    ]);
  });

  it('matches its background to the system theme so opening never flashes', () => {
    fakeElectron().nativeTheme.shouldUseDarkColors = true;
    const { windows, instances } = setup();
    windows.showPlayer();
    expect(instances[0]!.options.backgroundColor).toBe(WINDOW_BACKGROUND.dark);
  });

  it("uses the page's own background colours, light and dark", () => {
    const css = readFileSync(
      new URL('../../../../src-renderer/src/styles/theme.css', import.meta.url),
      'utf8',
    );
    const [, light, dark] =
      /--bg:\s*light-dark\(\s*(#[0-9a-f]+)\s*,\s*(#[0-9a-f]+)\s*\)/i.exec(css) ?? [];
    expect({ light: light?.toLowerCase(), dark: dark?.toLowerCase() }).toEqual(WINDOW_BACKGROUND);
  });

  it('shows the player once it is ready, and focuses it instead of opening a second', () => {
    const { windows, instances } = setup();
    windows.showPlayer();
    const window = instances[0]!;
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalled();
    window.minimized = true;
    windows.showPlayer();
    expect(instances).toHaveLength(1);
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('opens settings at 560x680, resizable', () => {
    const { windows, instances } = setup();
    windows.showSettings();
    expect(instances[0]!.options).toMatchObject({ width: 560, height: 680, resizable: true });
    windows.showSettings();
    expect(instances).toHaveLength(1);
  });

  it('floats the nudge prompt in the bottom-right corner, without a taskbar entry or focus', () => {
    const { windows, instances } = setup();
    windows.showNudge();
    const window = instances[0]!;
    expect(window.options).toMatchObject({
      width: 360,
      height: 200,
      x: 1920 - 360 - 16,
      y: 1040 - 200 - 16,
      alwaysOnTop: true,
      skipTaskbar: true,
      frame: false,
      show: false,
    });
    // Buttons must be clickable: the window stays focusable, it is just never focused for them.
    expect(window.options).not.toHaveProperty('focusable');
    window.emit('ready-to-show');
    expect(window.showInactive).toHaveBeenCalledTimes(1);
    expect(window.show).not.toHaveBeenCalled();
    expect(window.focus).not.toHaveBeenCalled();

    windows.showNudge(); // a repeat: the same window comes up again, still without focus
    expect(instances).toHaveLength(1);
    expect(window.showInactive).toHaveBeenCalledTimes(2);
  });

  it('closes the nudge prompt on request, and opens a fresh one next time', () => {
    const { windows, instances, onClosed } = setup();
    windows.showNudge();
    windows.closeNudge();
    expect(instances[0]!.close).toHaveBeenCalled();
    expect(onClosed).toHaveBeenCalledWith('nudge');
    windows.closeNudge(); // nothing open: nothing to do
    windows.showNudge();
    expect(instances).toHaveLength(2);
  });

  it('trusts the ids of every live window, and forgets a closed one', () => {
    const { windows, instances, onClosed } = setup();
    windows.showPlayer();
    windows.showNudge();
    windows.showSettings();
    const ids = instances.map((w) => w.webContents.id);
    expect(windows.webContentsIds()).toEqual(new Set(ids));
    instances[0]!.close();
    expect(onClosed).toHaveBeenCalledWith('player');
    expect(windows.webContentsIds()).toEqual(new Set(ids.slice(1)));
    expect(windows.focusPlayer()).toBe(false);
  });

  it('closes only the window that asked to be closed', () => {
    const { windows, instances } = setup();
    windows.showPlayer();
    windows.showSettings();
    const [player, settings] = instances;
    const sender = (id: number) => ({
      webContentsId: id,
      frameUrl: 'app://limber/',
      isMainFrame: true,
    });
    windows.closeWindowOf(sender(999));
    expect(player!.close).not.toHaveBeenCalled();
    windows.closeWindowOf(sender(settings!.webContents.id));
    expect(settings!.close).toHaveBeenCalled();
    expect(player!.close).not.toHaveBeenCalled();
  });

  it('sends events to every live window only', () => {
    const { windows, instances } = setup();
    windows.send('session:changed', null);
    windows.showPlayer();
    windows.showNudge();
    windows.send('nudge:changed', null);
    expect(instances[0]!.webContents.send).toHaveBeenCalledWith('nudge:changed', null);
    expect(instances[1]!.webContents.send).toHaveBeenCalledWith('nudge:changed', null);
    instances[1]!.close();
    windows.send('nudge:changed', null);
    expect(instances[1]!.webContents.send).toHaveBeenCalledTimes(1);
    expect(instances[0]!.webContents.send).toHaveBeenCalledTimes(2);
  });
});

describe('nudge prompt position', () => {
  it('sits in the bottom-right corner of the work area, clear of the edges', () => {
    expect(
      cornerPosition({ x: 0, y: 0, width: 1920, height: 1040 }, { width: 360, height: 200 }),
    ).toEqual({
      x: 1544,
      y: 824,
    });
  });

  it('follows a work area that does not start at 0 (a taskbar on the left or top)', () => {
    expect(
      cornerPosition({ x: 64, y: 30, width: 1856, height: 1050 }, { width: 360, height: 200 }),
    ).toEqual({ x: 64 + 1856 - 376, y: 30 + 1050 - 216 });
  });

  it('never goes off the top-left on a screen smaller than the window', () => {
    expect(
      cornerPosition({ x: 10, y: 20, width: 300, height: 150 }, { width: 360, height: 200 }),
    ).toEqual({
      x: 10,
      y: 20,
    });
  });
});
