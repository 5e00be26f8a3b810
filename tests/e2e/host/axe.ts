import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';

import { testOrigin } from './paths';

/**
 * Accessibility checks on a live page: axe-core's rules at serious or critical impact, plus a
 * check axe doesn't make strictly enough — every id that an ARIA relation or a label's `for`
 * names must be in the document, or a screen reader silently reads nothing.
 */

const axeSource = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

/**
 * Loads axe into the page once. Evaluated, not added as a script tag: the app's CSP rightly
 * refuses inline scripts. The page's clock is the test's, paused, so axe gets timers of its
 * own: its zero-delay hand-offs run on a message channel, and its longer ones are only
 * give-up guards (frames that never answer; our pages have none), which never fire.
 */
const axeLoader = `(() => {
  if (window.axe) return;
  const setTimeout = (callback, delay, ...args) => {
    if (delay > 1) return 0;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback(...args);
    channel.port2.postMessage(0);
    return 0;
  };
  const clearTimeout = () => {};
  ${axeSource}
})()`;

/** Impacts that fail a test; moderate and minor findings are left to review. */
const failingImpacts = new Set(['serious', 'critical']);

/** Attributes that point at other elements by id (space-separated where ARIA allows a list). */
const idReferences = [
  'aria-describedby',
  'aria-labelledby',
  'aria-controls',
  'aria-owns',
  'aria-activedescendant',
  'aria-errormessage',
  'aria-details',
  'for',
] as const;

/** What is wrong with `page` now, one line each, naming the element; empty when nothing is. */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  const dangling = await page.evaluate(findDanglingReferences, [...idReferences]);
  await page.evaluate(axeLoader);
  const results = (await page.evaluate(() =>
    (window as unknown as { axe: { run(): Promise<unknown> } }).axe.run(),
  )) as AxeResults;
  const violations = results.violations
    .filter((violation) => failingImpacts.has(violation.impact ?? ''))
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${oneLine(node.failureSummary ?? violation.help)}`,
      ),
    );
  return [...dangling, ...violations];
}

/** axe's multi-line summary of what failed, as one line. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** Whether `page` shows one of the app's windows (a test may open others, e.g. a stranger's). */
const isAppWindow = (page: Page): boolean => page.url().startsWith(`${testOrigin}/`);

/** Throws, naming `state` and each problem, when `page` (one of the app's windows) has any. */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  if (!isAppWindow(page)) return;
  const problems = await accessibilityProblems(page);
  if (problems.length > 0) {
    throw new Error(`accessibility problems ${state} (${page.url()}):\n  ${problems.join('\n  ')}`);
  }
}

/** Runs in the page: every reference whose id is missing, as "<tag …> aria-x → #id". */
function findDanglingReferences(attributes: string[]): string[] {
  const describe = (element: Element): string => {
    const id = element.id ? `#${element.id}` : '';
    const classes = [...element.classList].map((c) => `.${c}`).join('');
    const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `<${element.localName}${id}${classes}>${text ? ` "${text}"` : ''}`;
  };
  const problems: string[] = [];
  for (const attribute of attributes) {
    for (const element of document.querySelectorAll(`[${attribute}]`)) {
      const ids = (element.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean);
      for (const id of ids) {
        if (!document.getElementById(id)) {
          problems.push(
            `dangling ${attribute}: ${describe(element)} points at #${id}, not in the page`,
          );
        }
      }
    }
  }
  return problems;
}
