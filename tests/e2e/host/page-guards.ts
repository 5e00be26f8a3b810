import type { BrowserContext, Page } from '@playwright/test';

/**
 * Collects what should never happen in a healthy page: console errors, uncaught exceptions and
 * CSP violations. The fixture fails the test if any were seen.
 */

/** Reports CSP violations to the console: Chromium does too, but this names the blocked URI. */
export const cspReporterScript = `
  document.addEventListener('securitypolicyviolation', (e) => {
    console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline'));
  });
`;

/** Adds the CSP reporter to every page of the context, present and future. */
export async function reportCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: cspReporterScript });
}

/** Records `page`'s console errors and uncaught exceptions into `list`, labelled by `name`. */
export function watchPage(page: Page, list: string[], name?: string): void {
  const label = name ? `${name}: ` : '';
  page.on('console', (message) => {
    if (message.type() === 'error') list.push(`${label}console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => list.push(`${label}uncaught: ${error.message}`));
}
