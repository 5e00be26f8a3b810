import type { Page } from '@playwright/test';

/**
 * Collects what should never happen in a healthy page: console errors, uncaught exceptions and
 * CSP violations. The fixture fails the test if any were seen.
 */
export interface PageProblems {
  readonly list: string[];
}

/** Reports CSP violations to the console: Chromium does too, but this names the blocked URI. */
export const cspReporterScript = `
  document.addEventListener('securitypolicyviolation', (e) => {
    console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline'));
  });
`;

export async function watchForProblems(page: Page): Promise<PageProblems> {
  const list: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') list.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => list.push(`uncaught: ${error.message}`));
  await page.addInitScript({ content: cspReporterScript });
  return { list };
}
