import type { ElectronApplication } from '@playwright/test';
import type { Menu, NativeImage, Tray, WebContents, WebPreferences } from 'electron';

/**
 * Looks into the running app from its main process, where the tray and windows live. Each
 * function body runs inside Electron (app.evaluate), so it may use only its arguments.
 */

/** What a tray recorder keeps; lives on globalThis in the app's main process. */
interface TrayRecord {
  images: { empty: boolean; width: number; height: number }[];
  tooltips: string[];
  menu?: Menu;
}

/**
 * From now on, records what any tray is told: images, tooltips, menus. Electron keeps no list
 * of trays, and Limber made its tray before the test could look, so the recorder sits on the
 * prototype and hears the next update.
 */
export function recordTray(app: ElectronApplication): Promise<void> {
  return app.evaluate(({ Tray, nativeImage }) => {
    const record: TrayRecord = { images: [], tooltips: [] };
    Object.assign(globalThis, { limberTray: record });
    const { setImage, setToolTip, setContextMenu } = Tray.prototype;
    Tray.prototype.setImage = function (this: Tray, image: NativeImage | string) {
      const loaded = typeof image === 'string' ? nativeImage.createFromPath(image) : image;
      record.images.push({ empty: loaded.isEmpty(), ...loaded.getSize() });
      setImage.call(this, image);
    };
    Tray.prototype.setToolTip = function (this: Tray, text: string) {
      record.tooltips.push(text);
      setToolTip.call(this, text);
    };
    Tray.prototype.setContextMenu = function (this: Tray, menu: Menu | null) {
      if (menu) record.menu = menu;
      setContextMenu.call(this, menu);
    };
  });
}

/** What the recorder heard: images and tooltips (the menu stays in the app). */
export function trayRecord(app: ElectronApplication) {
  return app.evaluate(() => {
    const { images, tooltips } = Reflect.get(globalThis, 'limberTray') as TrayRecord;
    return { images, tooltips };
  });
}

/** Labels of the tray menu's items, as last set. */
export function trayMenuLabels(app: ElectronApplication): Promise<string[]> {
  return app.evaluate(() => {
    const { menu } = Reflect.get(globalThis, 'limberTray') as TrayRecord;
    return menu?.items.map((item) => item.label) ?? [];
  });
}

/** Clicks the tray menu item `id`, as a user choosing it would. */
export function clickTrayItem(app: ElectronApplication, id: string): Promise<void> {
  return app.evaluate((_electron, itemId) => {
    const { menu } = Reflect.get(globalThis, 'limberTray') as TrayRecord;
    const item = menu?.getMenuItemById(itemId);
    if (!item) throw new Error(`the tray menu has no item '${itemId}'`);
    item.click();
  }, id);
}

/** The security preferences each window's renderer really got, with its URL. */
export function windowSecurity(app: ElectronApplication) {
  return app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows().map((window) => {
      // Undocumented but what Electron itself reads: the preferences the renderer really got.
      const contents = window.webContents as WebContents & {
        getLastWebPreferences?: () => WebPreferences | null;
      };
      if (typeof contents.getLastWebPreferences !== 'function') {
        throw new Error('webContents.getLastWebPreferences is gone: check the window another way');
      }
      const prefs = contents.getLastWebPreferences();
      return {
        url: contents.getURL(),
        sandbox: prefs?.sandbox,
        contextIsolation: prefs?.contextIsolation,
        nodeIntegration: prefs?.nodeIntegration,
        webSecurity: prefs?.webSecurity,
      };
    }),
  );
}

/**
 * The Content-Security-Policy header each window's page is served with, fetched again
 * through the app's own app:// handler.
 */
export function windowCspHeaders(app: ElectronApplication): Promise<(string | null)[]> {
  return app.evaluate(async ({ BrowserWindow, net }) =>
    Promise.all(
      BrowserWindow.getAllWindows().map(async (window) => {
        const response = await net.fetch(window.webContents.getURL());
        return response.headers.get('content-security-policy');
      }),
    ),
  );
}

/** OS process ids of every window's renderer. */
export function rendererPids(app: ElectronApplication): Promise<number[]> {
  return app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows().map((window) => window.webContents.getOSProcessId()),
  );
}

/** Whether a process with this id still runs (signal 0 only asks). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
