import { describe, expect, it, vi } from 'vitest';
import { createPlayerWindows } from '../../../src-main/electron/windows';
import { WINDOW_BACKGROUND } from '../../../src-main/electron/window-options';
import { fakeElectron } from '../../support/electron-mock';

const preloadPath = '/app/out/preload/index.cjs';

function setup() {
  const onClosed = vi.fn();
  const windows = createPlayerWindows({ preloadPath, url: 'app://limber/index.html', onClosed });
  return { windows, onClosed, instances: fakeElectron().FakeBrowserWindow.instances };
}

describe('player window', () => {
  it('opens nothing until asked: no hidden renderer at startup', () => {
    const { instances } = setup();
    expect(instances).toHaveLength(0);
  });

  it('is created locked down: sandboxed, isolated, no Node, web security on, our preload', () => {
    const { windows, instances } = setup();
    windows.showPlayer();
    expect(instances).toHaveLength(1);
    const options = instances[0]!.options as { webPreferences: Record<string, unknown> };
    expect(options.webPreferences).toMatchObject({
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(options).toMatchObject({ minWidth: 480, minHeight: 640, show: false });
  });

  it('matches its background to the system theme so opening never flashes', () => {
    fakeElectron().nativeTheme.shouldUseDarkColors = true;
    const { windows, instances } = setup();
    windows.showPlayer();
    expect(instances[0]!.options.backgroundColor).toBe(WINDOW_BACKGROUND.dark);
  });

  it('loads our page and shows the window only once it is ready', () => {
    const { windows, instances } = setup();
    windows.showPlayer();
    const window = instances[0]!;
    expect(window.loadURL).toHaveBeenCalledWith('app://limber/index.html');
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalled();
  });

  it('focuses the open player instead of opening a second one', () => {
    const { windows, instances } = setup();
    windows.showPlayer();
    instances[0]!.minimized = true;
    windows.showPlayer();
    expect(instances).toHaveLength(1);
    expect(instances[0]!.restore).toHaveBeenCalled();
    expect(instances[0]!.focus).toHaveBeenCalled();
  });

  it('forgets a closed window, reports the close, and opens a fresh one next time', () => {
    const { windows, instances, onClosed } = setup();
    windows.showPlayer();
    const firstId = instances[0]!.webContents.id;
    expect(windows.webContentsIds()).toEqual(new Set([firstId]));
    instances[0]!.close();
    expect(onClosed).toHaveBeenCalledTimes(1);
    expect(windows.webContentsIds().size).toBe(0);
    expect(windows.focusPlayer()).toBe(false);
    windows.showPlayer();
    expect(instances).toHaveLength(2);
  });

  it('closes only the window that asked to be closed', () => {
    const { windows, instances } = setup();
    windows.showPlayer();
    const window = instances[0]!;
    windows.closeWindowOf({ webContentsId: 999, frameUrl: 'app://limber/', isMainFrame: true });
    expect(window.close).not.toHaveBeenCalled();
    windows.closeWindowOf({
      webContentsId: window.webContents.id,
      frameUrl: 'app://limber/',
      isMainFrame: true,
    });
    expect(window.close).toHaveBeenCalled();
  });

  it('sends events to the live window only', () => {
    const { windows, instances } = setup();
    windows.send('session:changed', null);
    windows.showPlayer();
    windows.send('session:changed', null);
    expect(instances[0]!.webContents.send).toHaveBeenCalledWith('session:changed', null);
    instances[0]!.close();
    windows.send('session:changed', null);
    expect(instances[0]!.webContents.send).toHaveBeenCalledTimes(1);
  });
});
