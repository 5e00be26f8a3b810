import type { Page } from '@playwright/test';

/**
 * Counts the wake-ups a page asks for: every setTimeout, setInterval and requestAnimationFrame
 * call, by kind. Added as an init script, before the app's own code runs.
 */
export const timerProbeScript = `
  (() => {
    const counts = (window.__limberTimerCalls = { setTimeout: 0, setInterval: 0, requestAnimationFrame: 0 });
    for (const name of Object.keys(counts)) {
      const original = window[name];
      window[name] = function (...args) {
        counts[name] += 1;
        return original.apply(this, args);
      };
    }
  })();
`;

export interface TimerCalls {
  setTimeout: number;
  setInterval: number;
  requestAnimationFrame: number;
}

/** How many timers and animation frames the page has asked for so far. */
export function timerCalls(page: Page): Promise<TimerCalls> {
  return page.evaluate(() => ({
    ...(window as unknown as { __limberTimerCalls: TimerCalls }).__limberTimerCalls,
  }));
}
