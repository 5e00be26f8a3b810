import { at2x, TRAY_ICONS, trayTemplatePath } from '../../../src-main/app/tray-icon-files';
import { trayIconPath } from '../../../src-main/electron/tray';

/**
 * Every tray image the tray code can load from `resourcesDir`, on every platform, each with
 * the @2x file nativeImage takes on high-DPI screens: built from the code's own path functions.
 */
export function trayFilesLoaded(resourcesDir: string): string[] {
  return TRAY_ICONS.flatMap((icon) =>
    [
      trayIconPath(resourcesDir, true, icon),
      trayIconPath(resourcesDir, false, icon),
      trayTemplatePath(resourcesDir, icon),
    ].flatMap((file) => [file, at2x(file)]),
  );
}
