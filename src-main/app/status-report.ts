import { quietStatusLines } from '@shared/quiet/quiet-text';

import { OS_IDLE_SOURCE } from '../sitting/idle-watch';
import type { MainRuntime } from './main-runtime';

/**
 * What `limber status` prints: the tray's line (sitting time and what is next, or why Limber is
 * quiet), then each "Quiet when…" signal as last seen, so a user can tell why a reminder waits.
 */
export function statusReport(
  runtime: Pick<MainRuntime, 'sitting' | 'quiet' | 'settings'>,
  nowWall: number,
  formatTime: (wallMs: number) => string,
): string {
  const status = runtime.sitting.status();
  const source = runtime.sitting.idleSource();
  const lines = [
    `Limber: ${status.text}`,
    // Said only when it is not the usual one: the system's counter was found stuck.
    ...(source === OS_IDLE_SOURCE ? [] : [`  Idle time read from ${source}`]),
    ...quietStatusLines(
      runtime.quiet.answers(),
      runtime.settings.get().quiet,
      runtime.quiet.meeting(nowWall),
      nowWall,
      formatTime,
    ).map((line) => `  ${line}`),
  ];
  return `${lines.join('\n')}\n`;
}
