import { join } from 'node:path';

import type { TrayIcon } from '@shared/reminders/status-text';

/** Every state the tray icon shows; the check below fails to compile if one is left out. */
export const TRAY_ICONS = ['normal', 'due', 'paused'] as const satisfies readonly TrayIcon[];
const everyState: Exclude<TrayIcon, (typeof TRAY_ICONS)[number]> extends never ? true : never =
  true;
void everyState;

/**
 * The macOS menu-bar image for a state. A name ending in "Template" tells macOS to draw the
 * image in the menu bar's own colour, light or dark, so one black-and-alpha file serves both;
 * nativeImage picks the @2x file beside it on Retina screens.
 */
export function trayTemplatePath(resourcesDir: string, icon: TrayIcon): string {
  const state = icon === 'normal' ? '' : `-${icon}`;
  return join(resourcesDir, `tray${state}Template.png`);
}

/** The high-DPI sibling nativeImage loads in place of `file` on a 2x screen. */
export function at2x(file: string): string {
  return file.replace(/\.png$/, '@2x.png');
}
