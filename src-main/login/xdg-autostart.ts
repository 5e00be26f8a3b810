import { isAbsolute, join } from 'node:path';

/** The autostart entry's file name; the desktop file electron-builder installs has the same. */
export const AUTOSTART_FILE_NAME = 'limber.desktop';

/**
 * ~/.config/autostart/limber.desktop, or under $XDG_CONFIG_HOME when that is set. The spec
 * says a relative $XDG_CONFIG_HOME is invalid and must be ignored.
 */
export function autostartPath(
  env: Readonly<Record<string, string | undefined>>,
  home: string,
): string {
  const configHome = env.XDG_CONFIG_HOME;
  const base = configHome && isAbsolute(configHome) ? configHome : join(home, '.config');
  return join(base, 'autostart', AUTOSTART_FILE_NAME);
}

/** Inside a Flatpak sandbox: flatpak sets FLATPAK_ID and mounts /.flatpak-info. */
export function inFlatpak(
  env: Readonly<Record<string, string | undefined>>,
  exists: (path: string) => boolean,
): boolean {
  return Boolean(env.FLATPAK_ID) || exists('/.flatpak-info');
}
