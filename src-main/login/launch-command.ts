/** What the login entry must run to start this copy of Limber, or why there is no such thing. */
export type LaunchCommand = { ok: true; argv: string[] } | { ok: false; note: string };

export interface LaunchFacts {
  /** process.execPath: the Electron binary running now. */
  execPath: string;
  /** app.getAppPath(): the project folder in development, app.asar when packaged. */
  appPath: string;
  isPackaged: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

/** Where an AppImage is mounted while it runs: gone after logout, and new each launch. */
const APPIMAGE_MOUNT = /^\/tmp\/\.mount_/;

/**
 * The command that starts Limber again after a reboot. An AppImage runs from a temporary mount
 * (/tmp/.mount_*), so the entry must name the AppImage file itself, which AppImage's runtime
 * passes in $APPIMAGE. A deb install runs its binary in place; a checkout runs Electron on the
 * project folder.
 */
export function launchCommand(facts: LaunchFacts): LaunchCommand {
  const appImage = facts.env.APPIMAGE;
  if (appImage) return { ok: true, argv: [appImage] };
  if (APPIMAGE_MOUNT.test(facts.execPath)) {
    return {
      ok: false,
      note: "Limber can't tell where its AppImage file is ($APPIMAGE is not set), so it can't start at login.",
    };
  }
  if (facts.isPackaged) return { ok: true, argv: [facts.execPath] };
  return { ok: true, argv: [facts.execPath, facts.appPath] };
}
