import { quietStatusLines } from '@shared/quiet/quiet-text';

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
  const lines = [
    `Limber: ${status.text}`,
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
