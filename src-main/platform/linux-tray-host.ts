import { succeeded, whyNot } from '../quiet/command-why';
import { booleanReply, gdbusCall } from '../quiet/gdbus-reply';
import type { CommandRunner } from '../quiet/quiet-ports';

/**
 * Whether a Linux desktop will show our tray icon. Electron's Tray speaks StatusNotifierItem,
 * which needs a StatusNotifierWatcher on the session bus (KDE, most panels, GNOME only with the
 * AppIndicator extension). Without one the icon silently goes nowhere, and the app looks dead:
 * the caller should then show the status somewhere else (a window, a notification).
 * Asked: org.kde.StatusNotifierWatcher (every implementation registers it) and the rarer
 * org.freedesktop.StatusNotifierWatcher; either owned means a host.
 */
export type TrayHost = { kind: 'present' } | { kind: 'absent' } | { kind: 'unknown'; why: string };

const WATCHERS = ['org.kde.StatusNotifierWatcher', 'org.freedesktop.StatusNotifierWatcher'];

export async function linuxTrayHost(
  runner: CommandRunner,
  signal?: AbortSignal,
): Promise<TrayHost> {
  const replies = await Promise.all(
    WATCHERS.map((name) =>
      gdbusCall(
        runner,
        {
          dest: 'org.freedesktop.DBus',
          path: '/org/freedesktop/DBus',
          method: 'org.freedesktop.DBus.NameHasOwner',
          args: [name],
        },
        signal,
      ),
    ),
  );
  const owned = replies.map((reply) => {
    const ran = succeeded(reply);
    return ran ? booleanReply(ran.stdout) : null;
  });
  if (owned.includes(true)) return { kind: 'present' };
  if (owned.every((answer) => answer === false)) return { kind: 'absent' };
  const failed = replies.find((reply, index) => owned[index] === null)!;
  const ran = succeeded(failed);
  const why = ran ? `gdbus replied ${JSON.stringify(ran.stdout.trim())}` : whyNot('gdbus', failed);
  return { kind: 'unknown', why };
}
