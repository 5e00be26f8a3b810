import { join } from 'node:path';
import { Menu, type NativeImage, nativeImage, nativeTheme, Tray } from 'electron';

import type { SittingStatus } from '@shared/reminders/nudge-schema';
import type { TrayIcon } from '@shared/reminders/status-text';
import { sameData } from '@shared/settings/merge';
import type { Dispose } from '@shared/time/clock';

import { trayTemplatePath } from '../app/tray-icon-files';
import {
  buildTrayMenu,
  forNativeMenu,
  type TrayMenuActions,
  type TrayMenuState,
} from '../app/tray-menu';

/**
 * The tray icon for a state and the panel's colour: a light glyph on a dark panel, a dark one
 * on a light panel. The @2x file next to each is picked up by nativeImage on high-DPI screens.
 */
export function trayIconPath(resourcesDir: string, darkPanel: boolean, icon: TrayIcon): string {
  const state = icon === 'normal' ? '' : `-${icon}`;
  return join(resourcesDir, `tray${state}-${darkPanel ? 'light' : 'dark'}.png`);
}

/**
 * Whether the panel the tray sits in is dark. shouldUseDarkColors follows `themeSource`, which
 * our theme setting sets, not the panel; the system-UI flag does, where the OS reports it
 * (Windows and macOS; undefined on Linux, where the app's theme is the best guess left).
 */
function darkPanel(): boolean {
  return nativeTheme.shouldUseDarkColorsForSystemIntegratedUI ?? nativeTheme.shouldUseDarkColors;
}

function trayImage(resourcesDir: string, icon: TrayIcon): NativeImage {
  // macOS recolours its *Template images itself to match the menu bar, light or dark, and
  // loads the @2x sibling on a Retina screen.
  if (process.platform === 'darwin') {
    return nativeImage.createFromPath(trayTemplatePath(resourcesDir, icon));
  }
  return nativeImage.createFromPath(trayIconPath(resourcesDir, darkPanel(), icon));
}

/** Where the tray's status comes from: the sitting service. */
export interface TrayStatusPort {
  status(): SittingStatus;
  subscribe(listener: (status: SittingStatus) => void): Dispose;
}

/** Where the menu's list of the user's own routines comes from: the settings. */
export interface TrayRoutinesPort {
  list(): TrayMenuState['customRoutines'];
  subscribe(listener: () => void): Dispose;
}

export interface TrayOptions {
  resourcesDir: string;
  actions: TrayMenuActions;
  sitting: TrayStatusPort;
  routines: TrayRoutinesPort;
}

/**
 * Creates the tray icon, its menu and tooltip, and keeps them in step with the sitting status
 * and the system theme. No timer of its own: the service says when the status changed (at most
 * every 5 min by itself, more often only while a window shows minutes). Returns its undo.
 */
export function setupTray(options: TrayOptions): Dispose {
  let status = options.sitting.status();
  let routines = options.routines.list();
  const tray = new Tray(trayImage(options.resourcesDir, status.icon));

  const show = (next: SittingStatus) => {
    if (next.icon !== status.icon) tray.setImage(trayImage(options.resourcesDir, next.icon));
    status = next;
    tray.setToolTip(`Limber · ${next.trayText ?? next.text}`);
    // Linux needs the menu set again to show a changed label; it is cheap everywhere.
    const menu = buildTrayMenu(options.actions, {
      statusText: next.trayText ?? next.text,
      paused: next.icon === 'paused',
      inMeeting: next.inMeeting,
      customRoutines: routines,
    });
    tray.setContextMenu(Menu.buildFromTemplate(forNativeMenu(menu, process.platform)));
  };

  show(status);
  const unsubscribe = options.sitting.subscribe(show);
  // Any settings change is heard here; only a changed list of routines changes the menu.
  const unsubscribeRoutines = options.routines.subscribe(() => {
    const next = options.routines.list();
    if (sameData(next, routines)) return;
    routines = next;
    show(status);
  });
  const onThemeChange = () => tray.setImage(trayImage(options.resourcesDir, status.icon));
  nativeTheme.on('updated', onThemeChange);
  return () => {
    unsubscribe();
    unsubscribeRoutines();
    nativeTheme.off('updated', onThemeChange);
    tray.destroy();
  };
}
