import { expect, test } from '@playwright/test';

import { drawingSheetHtml } from './drawing-sheet';
import { keep, schemes, windowSizes } from './screenshot-matrix';

/**
 * The drawings side by side, for the one test that matters for a drawing: can someone who has
 * never done the stretch find the position from the picture alone? Saved, not compared.
 */
for (const size of windowSizes) {
  test(`every drawing on one sheet at ${size.width} px wide, light and dark`, async ({ page }) => {
    const { html, count } = await drawingSheetHtml();
    await page.setViewportSize(size);
    await page.setContent(html);
    await expect(page.getByRole('heading', { level: 2 })).toHaveCount(count);
    for (const scheme of schemes) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await keep(page, 'drawings', scheme, size, { fullPage: true });
    }
  });
}
