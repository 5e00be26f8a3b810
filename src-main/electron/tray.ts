import { join } from 'node:path';
import { Menu, Tray, nativeImage, nativeTheme, type NativeImage } from 'electron';
import { buildTrayMenu, type TrayMenuActions } from '../services/tray-menu';

/**
 * The tray icon for the panel's colour: a light glyph on a dark panel, a dark one on a light
 * panel. The @2x file next to each is picked up by nativeImage on high-DPI screens.
 */
export function trayIconPath(resourcesDir: string, darkPanel: boolean): string {
  return join(resourcesDir, darkPanel ? 'tray-light.png' : 'tray-dark.png');
}

function trayImage(resourcesDir: string): NativeImage {
  const image = nativeImage.createFromPath(
    trayIconPath(resourcesDir, nativeTheme.shouldUseDarkColors),
  );
  // macOS recolours template images itself to match the menu bar.
  if (process.platform === 'darwin') image.setTemplateImage(true);
  return image;
}

/** Creates the tray icon and its menu, and follows the system theme. Returns its undo. */
export function setupTray(options: { resourcesDir: string; actions: TrayMenuActions }): () => void {
  const tray = new Tray(trayImage(options.resourcesDir));
  tray.setToolTip('Limber');
  tray.setContextMenu(Menu.buildFromTemplate(buildTrayMenu(options.actions)));
  const onThemeChange = () => tray.setImage(trayImage(options.resourcesDir));
  nativeTheme.on('updated', onThemeChange);
  return () => {
    nativeTheme.off('updated', onThemeChange);
    tray.destroy();
  };
}
