import type { Page } from '@playwright/test';

/**
 * Counts the wake-ups a page asks for: every setTimeout, setInterval and requestAnimationFrame
 * call, by kind. Added as an init script. It wraps the functions once the document turns
 * interactive, just before the app's module scripts run: by then Playwright's page clock, when
 * a test installs one, has put its own timers in place, and those are what the app calls.
 */
export const timerProbeScript = `
  (() => {
    const counts = (window.__limberTimerCalls = { setTimeout: 0, setInterval: 0, requestAnimationFrame: 0 });
    const wrap = () => {
      for (const name of Object.keys(counts)) {
        const original = window[name];
        window[name] = function (...args) {
          counts[name] += 1;
          return original.apply(this, args);
        };
      }
    };
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') wrap();
    }, { once: true });
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
