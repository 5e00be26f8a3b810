import type { Page } from '@playwright/test';

/**
 * Whether a page looks light or dark to its user: from the page background's luminance, so a
 * test checks what the theme setting changes on screen rather than how the CSS is written.
 */
export async function lookOf(page: Page): Promise<'light' | 'dark'> {
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const channels = /^rgba?\((\d+), (\d+), (\d+)/.exec(background)?.slice(1).map(Number);
  if (!channels) throw new Error(`the page background reads "${background}", not rgb()`);
  const [red = 0, green = 0, blue = 0] = channels;
  // Rec. 709 luma on 0..255: the light background sits near 245, the dark one near 20.
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue > 128 ? 'light' : 'dark';
}
