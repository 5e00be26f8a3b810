import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';

/**
 * The screenshots kept in docs/screenshots for people to look at (never compared): each
 * screen in light and dark, in a small window and a laptop-sized one. A test run writes them
 * to test-results/screenshots; to refresh the kept ones after changing a screen, run
 * `LIMBER_KEEP_SCREENSHOTS=1 npx playwright test screenshots` and look at every one.
 * Kept only on request because Chromium's output can differ by a few bytes between runs.
 */

const repoRoot = resolve(import.meta.dirname, '../..');

export const keptScreenshotDir = process.env.LIMBER_KEEP_SCREENSHOTS
  ? resolve(repoRoot, 'docs/screenshots')
  : resolve(repoRoot, 'test-results/screenshots');

export const schemes = ['light', 'dark'] as const;
export type Scheme = (typeof schemes)[number];

/** A window just big enough for the player, and a laptop's. */
export const windowSizes = [
  { width: 480, height: 640 },
  { width: 1024, height: 768 },
] as const;
export type WindowSize = (typeof windowSizes)[number];

/** "player-paused-dark-480x640.png" */
export function keptName(name: string, scheme: Scheme, size?: WindowSize): string {
  const suffix = size ? `-${size.width}x${size.height}` : '';
  return `${name}-${scheme}${suffix}.png`;
}

/** Saves what `page` shows now under `name`, in docs/screenshots. */
export async function keep(
  page: Page,
  name: string,
  scheme: Scheme,
  size?: WindowSize,
  options: { fullPage?: boolean } = {},
) {
  await mkdir(keptScreenshotDir, { recursive: true });
  const path = resolve(keptScreenshotDir, keptName(name, scheme, size));
  await page.screenshot({ path, ...options });
}
