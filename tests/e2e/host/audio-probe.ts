import type { Page } from '@playwright/test';

/**
 * Counts sound cues without hearing them: every scheduled audio source (oscillator or buffer)
 * that starts is one cue note. Added as an init script, before the app's own code runs.
 */
export const audioProbeScript = `
  (() => {
    const proto = window.AudioScheduledSourceNode && AudioScheduledSourceNode.prototype;
    if (!proto) return;
    const start = proto.start;
    window.__limberCueStarts = 0;
    proto.start = function (...args) {
      window.__limberCueStarts += 1;
      return start.apply(this, args);
    };
  })();
`;

/** How many audio sources have started in the page so far. */
export function cueStarts(page: Page): Promise<number> {
  return page.evaluate(
    () => (window as unknown as { __limberCueStarts: number }).__limberCueStarts,
  );
}
