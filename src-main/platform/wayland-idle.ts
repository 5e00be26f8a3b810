import { succeeded, whyNot } from '../quiet/command-why';
import { gdbusCall, integerReply } from '../quiet/gdbus-reply';
import type { CommandRunner } from '../quiet/quiet-ports';

/**
 * Idle time on Wayland, where Electron's powerMonitor.getSystemIdleTime often reads 0 for ever
 * (it asks X11, and XWayland sees no input to Wayland windows). Before the sitting service falls
 * back to fixed intervals, it can ask the compositor over D-Bus:
 * - GNOME: org.gnome.Mutter.IdleMonitor GetIdletime, milliseconds: `(uint64 12345,)`;
 * - KDE: org.freedesktop.ScreenSaver GetSessionIdleTime, seconds: `(uint32 42,)`. GNOME Shell
 *   also owns org.freedesktop.ScreenSaver but refuses this method, hence Mutter first.
 * The sitting service's IdlePort is synchronous; D-Bus is not, so this is an async reader the
 * integrator awaits before a sample (each call is one short gdbus process, a dozen an hour).
 */
export type IdleReading = { ok: true; idleS: number } | { ok: false; why: string };

export interface AsyncIdleSource {
  readonly name: string;
  read(signal?: AbortSignal): Promise<IdleReading>;
}

export function mutterIdleSource(runner: CommandRunner): AsyncIdleSource {
  return {
    name: 'GNOME (Mutter IdleMonitor)',
    async read(signal) {
      const result = await gdbusCall(
        runner,
        {
          dest: 'org.gnome.Mutter.IdleMonitor',
          path: '/org/gnome/Mutter/IdleMonitor/Core',
          method: 'org.gnome.Mutter.IdleMonitor.GetIdletime',
        },
        signal,
      );
      return readingOf(result, 'ms');
    },
  };
}

export function kdeIdleSource(runner: CommandRunner): AsyncIdleSource {
  return {
    name: 'KDE (org.freedesktop.ScreenSaver)',
    async read(signal) {
      const result = await gdbusCall(
        runner,
        {
          dest: 'org.freedesktop.ScreenSaver',
          path: '/org/freedesktop/ScreenSaver',
          method: 'org.freedesktop.ScreenSaver.GetSessionIdleTime',
        },
        signal,
      );
      return readingOf(result, 's');
    },
  };
}

function readingOf(result: Parameters<typeof succeeded>[0], unit: 'ms' | 's'): IdleReading {
  const ran = succeeded(result);
  if (!ran) return { ok: false, why: whyNot('gdbus', result) };
  const value = integerReply(ran.stdout);
  if (value === null)
    return { ok: false, why: `gdbus replied ${JSON.stringify(ran.stdout.trim())}` };
  // Whole seconds, as powerMonitor gives them: the tracker's rounding allowance expects that.
  return { ok: true, idleS: unit === 'ms' ? Math.floor(value / 1000) : value };
}

/**
 * The first source that answers, tried in order (Mutter, then KDE), or why none did. Probe once
 * when the tracker reports idle detection stuck (or the early check does), and use the winner
 * from then on; re-probe if it starts failing.
 */
export async function firstWorkingIdleSource(
  sources: readonly AsyncIdleSource[],
  signal?: AbortSignal,
): Promise<{ source: AsyncIdleSource } | { source: null; why: string }> {
  const whys: string[] = [];
  for (const source of sources) {
    const reading = await source.read(signal);
    if (reading.ok) return { source };
    whys.push(`${source.name}: ${reading.why}`);
  }
  return { source: null, why: whys.join('; ') || 'no idle source to try' };
}
