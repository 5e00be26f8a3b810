import { no, type Signal, unknown, yes } from '@shared/quiet/signal';

import { COMMAND_TIMEOUT_MS, succeeded, whyNot } from './command-why';
import type { BusyDetector, CommandRunner, Env } from './quiet-ports';

/**
 * A full-screen app in front, on X11: the window manager names the focused window in the root
 * window's _NET_ACTIVE_WINDOW and lists _NET_WM_STATE_FULLSCREEN in that window's _NET_WM_STATE
 * (EWMH). xprop prints, for example:
 *   _NET_ACTIVE_WINDOW(WINDOW): window id # 0x60000c
 *   _NET_WM_STATE(ATOM) = _NET_WM_STATE_FOCUSED,_NET_WM_STATE_FULLSCREEN
 * On Wayland no app may look at another's windows. XWayland still names an X11 window that has
 * focus, so a full-screen X11 game is seen; with a Wayland window in front there is no active X11
 * window and the honest answer is unknown.
 */
export function linuxFullscreenDetector(runner: CommandRunner, env: Env): BusyDetector {
  return {
    kind: 'fullscreen',
    platform: 'linux',
    detect: (signal) => fullscreenNow(runner, env, signal),
  };
}

const ACTIVE_WINDOW = /^_NET_ACTIVE_WINDOW\(WINDOW\): window id # (0x[0-9a-f]+)\s*$/i;

async function fullscreenNow(
  runner: CommandRunner,
  env: Env,
  signal: AbortSignal,
): Promise<Signal> {
  const wayland = Boolean(env.WAYLAND_DISPLAY);
  const noWindow = wayland
    ? 'Wayland does not let apps see whether another window is full screen'
    : 'the window manager does not say which window is active';
  if (!env.DISPLAY) return unknown(wayland ? noWindow : 'no X11 display');
  const options = { timeoutMs: COMMAND_TIMEOUT_MS, signal };
  const root = await runner.run('xprop', ['-root', '_NET_ACTIVE_WINDOW'], options);
  const rootRan = succeeded(root);
  if (!rootRan) return unknown(whyNot('xprop', root));
  const id = ACTIVE_WINDOW.exec(rootRan.stdout.trim())?.[1];
  // "not found." / "no such atom": no EWMH window manager. Window 0: nothing has focus on X11,
  // but under XWayland it is what a Wayland window in front looks like.
  if (!id) return unknown(noWindow);
  if (Number(id) === 0) return wayland ? unknown(noWindow) : no;
  const state = await runner.run('xprop', ['-id', id, '_NET_WM_STATE'], options);
  const stateRan = succeeded(state);
  // BadWindow: the window closed between the two calls (or the id was stale).
  if (!stateRan) return unknown(whyNot('xprop', state));
  return fullscreenIn(stateRan.stdout) ? yes : no;
}

/** Whether xprop's _NET_WM_STATE line lists the full-screen atom ("not found." lists none). */
export function fullscreenIn(stdout: string): boolean {
  const atoms = /^_NET_WM_STATE\(ATOM\) =(.*)$/m.exec(stdout)?.[1] ?? '';
  return atoms.split(',').some((atom) => atom.trim() === '_NET_WM_STATE_FULLSCREEN');
}
