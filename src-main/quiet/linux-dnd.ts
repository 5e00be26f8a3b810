import { no, type Signal, unknown, yes } from '@shared/quiet/signal';

import { COMMAND_TIMEOUT_MS, succeeded, whyNot } from './command-why';
import { booleanReply, gdbusCall } from './gdbus-reply';
import type { BusyDetector, CommandRunner, Env } from './quiet-ports';

/**
 * Do Not Disturb on Linux, where each desktop keeps its own:
 * - GNOME: the setting `org.gnome.desktop.notifications show-banners` is false while DND is on.
 *   Any desktop can have GNOME's schemas installed (GTK apps bring them) with a stale value, so
 *   it is believed only on GNOME-like desktops (XDG_CURRENT_DESKTOP), or when that is unset.
 * - KDE Plasma (and a few others): the notification server's `Inhibited` property, true while
 *   DND is on. GNOME Shell's server has no such property and answers an error.
 * Both are asked at once; either one on means on. XFCE (xfconf /do-not-disturb) is not read yet.
 */
export function linuxDndDetector(runner: CommandRunner, env: Env): BusyDetector {
  return {
    kind: 'dnd',
    platform: 'linux',
    async detect(signal) {
      const [gnome, kde] = await Promise.all([
        gnomeDnd(runner, env, signal),
        kdeDnd(runner, signal),
      ]);
      if (gnome.state === 'yes' || kde.state === 'yes') return yes;
      if (gnome.state === 'no' || kde.state === 'no') return no;
      return unknown(
        `${gnome.state === 'unknown' ? gnome.why : ''}; ${kde.state === 'unknown' ? kde.why : ''}`,
      );
    },
  };
}

const GNOME_LIKE = /gnome|unity|budgie|pantheon|cinnamon|ubuntu/i;

async function gnomeDnd(runner: CommandRunner, env: Env, signal: AbortSignal): Promise<Signal> {
  const desktop = env.XDG_CURRENT_DESKTOP;
  if (desktop && !GNOME_LIKE.test(desktop))
    return unknown(`GNOME's setting does not apply on ${desktop}`);
  const result = await runner.run(
    'gsettings',
    ['get', 'org.gnome.desktop.notifications', 'show-banners'],
    { timeoutMs: COMMAND_TIMEOUT_MS, signal },
  );
  const ran = succeeded(result);
  if (!ran) return unknown(whyNot('gsettings', result));
  const value = ran.stdout.trim();
  if (value === 'false') return yes;
  if (value === 'true') return no;
  return unknown(`gsettings printed ${JSON.stringify(value.slice(0, 40))}`);
}

async function kdeDnd(runner: CommandRunner, signal: AbortSignal): Promise<Signal> {
  const result = await gdbusCall(
    runner,
    {
      dest: 'org.freedesktop.Notifications',
      path: '/org/freedesktop/Notifications',
      method: 'org.freedesktop.DBus.Properties.Get',
      args: ['org.freedesktop.Notifications', 'Inhibited'],
    },
    signal,
  );
  const ran = succeeded(result);
  if (!ran) return unknown(`the notification server's Inhibited: ${whyNot('gdbus', result)}`);
  const inhibited = booleanReply(ran.stdout);
  if (inhibited === null)
    return unknown(`gdbus replied ${JSON.stringify(ran.stdout.trim().slice(0, 40))}`);
  return inhibited ? yes : no;
}
