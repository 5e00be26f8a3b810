import { join } from 'node:path';

import { APP_ID } from '../app/app-identity';
import { autostartEntryText, desktopEntryKeys, entryIsActive, execArgv } from './desktop-entry';
import type { LaunchCommand } from './launch-command';
import type { LoginItemPort, LoginState } from './login-state';
import type { TextFilePort } from './text-file-port';
import { autostartPath, inFlatpak } from './xdg-autostart';

/** What the autostart entry says about Limber besides its command. */
const ENTRY = {
  name: 'Limber',
  comment: 'Gets you out of your chair and through a few minutes of stretching',
  icon: 'limber',
} as const;

export const FLATPAK_NOTE =
  "Limber can't start at login inside Flatpak without the background portal, which it can't " +
  "ask from here. Add Limber to your desktop's startup applications instead.";

const sameArgv = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((word, i) => word === b[i]);

const errorText = (error: unknown) =>
  (error as NodeJS.ErrnoException)?.code ??
  (error instanceof Error ? error.message : String(error));

/**
 * Start at login through an XDG autostart entry, which every freedesktop session (GNOME, KDE,
 * Xfce, ...) runs at login. Reading back checks the entry would start this very copy of
 * Limber: one left behind by a moved AppImage reads as off, and turning the setting on
 * rewrites it.
 */
export function createXdgLoginItem(options: {
  files: TextFilePort;
  autostartFile: string;
  launch: LaunchCommand;
}): LoginItemPort {
  const { files, autostartFile: file, launch } = options;

  async function read(): Promise<LoginState> {
    let text: string | undefined;
    try {
      text = await files.readText(file);
    } catch (error) {
      return { enabled: false, note: `Limber couldn't read ${file} (${errorText(error)}).` };
    }
    if (text === undefined)
      return launch.ok ? { enabled: false } : { enabled: false, note: launch.note };
    const keys = desktopEntryKeys(text);
    if (!entryIsActive(keys)) {
      return { enabled: false, note: `Your desktop's startup settings have turned ${file} off.` };
    }
    if (!launch.ok) return { enabled: false, note: launch.note };
    const argv = execArgv(keys.get('Exec') ?? '');
    if (!argv || !sameArgv(argv, launch.argv)) {
      return {
        enabled: false,
        note: `${file} starts ${argv?.[0] ?? 'something else'}, not this copy of Limber.`,
      };
    }
    return { enabled: true };
  }

  async function write(enabled: boolean): Promise<LoginState> {
    if (enabled && !launch.ok) return { enabled: false, note: launch.note };
    try {
      if (enabled && launch.ok) {
        await files.writeText(file, autostartEntryText({ ...ENTRY, argv: launch.argv }));
      } else {
        await files.remove(file);
      }
    } catch (error) {
      const state = await read();
      return { ...state, note: `Limber couldn't change ${file} (${errorText(error)}).` };
    }
    return read();
  }

  return { read, write };
}

/**
 * Inside Flatpak the sandbox can't write the host's autostart folder, and the background
 * portal's answer comes back only to a D-Bus connection that stays open until the user
 * answers, which a one-shot `gdbus call` doesn't (the portal closes a request whose caller
 * left, and on first use records that as "no"). So Limber says plainly that it can't, and
 * reports an entry the desktop made for it where the sandbox can see one.
 */
export function createFlatpakLoginItem(options: {
  files: TextFilePort;
  hostAutostartFile: string;
}): LoginItemPort {
  async function read(): Promise<LoginState> {
    let text: string | undefined;
    try {
      text = await options.files.readText(options.hostAutostartFile);
    } catch {
      text = undefined; // not visible from the sandbox: as good as absent
    }
    const enabled = text !== undefined && entryIsActive(desktopEntryKeys(text));
    return { enabled, note: FLATPAK_NOTE };
  }
  return { read, write: read };
}

/** The Linux port for where Limber is running: Flatpak, or anything that can write autostart. */
export function createLinuxLoginItem(options: {
  files: TextFilePort;
  env: Readonly<Record<string, string | undefined>>;
  home: string;
  exists: (path: string) => boolean;
  launch: LaunchCommand;
}): LoginItemPort {
  if (inFlatpak(options.env, options.exists)) {
    // The host's own autostart folder: the sandbox's $XDG_CONFIG_HOME is redirected to its
    // private ~/.var/app/<id>/config, but $HOME is the real home.
    const appId = options.env.FLATPAK_ID || APP_ID;
    return createFlatpakLoginItem({
      files: options.files,
      hostAutostartFile: join(options.home, '.config', 'autostart', `${appId}.desktop`),
    });
  }
  return createXdgLoginItem({
    files: options.files,
    autostartFile: autostartPath(options.env, options.home),
    launch: options.launch,
  });
}
