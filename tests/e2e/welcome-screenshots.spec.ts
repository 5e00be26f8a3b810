import type { Page } from '@playwright/test';

import { greetFirstRun, type Home } from '../../src-main/app/first-run';
import { expect, test } from './host/fixture';
import { keep, schemes } from './screenshot-matrix';

/**
 * The first-run welcome is a desktop notification, which the operating system draws. To keep
 * what the user reads in view, the notification main really showed is laid out at a
 * notification's size, once for a desktop with a tray and once for one without.
 */
async function showNotifications(page: Page, notes: { title: string; body: string }[]) {
  await page.setViewportSize({ width: 400, height: 200 });
  const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  await page.setContent(`<!doctype html><html lang="en"><head><title>Welcome</title><style>
    :root { color-scheme: light dark; }
    body { margin: 0; padding: 16px; display: grid; gap: 12px; font: 14px/1.4 system-ui, sans-serif;
      background: light-dark(#e9e6df, #0b0f10); color: light-dark(#1d2629, #e7ecea); }
    section { background: light-dark(#fff, #1b2326); border: 1px solid light-dark(#857e72, #6f7f83);
      border-radius: 10px; padding: 10px 14px; box-shadow: 0 4px 14px rgb(0 0 0 / 0.15); }
    h2 { font-size: 14px; margin: 0 0 4px; }
    p { margin: 0; }
    small { color: light-dark(#4f5d62, #a8b5b3); }
  </style></head><body>${notes
    .map(
      (n) =>
        `<section><small>Limber</small><h2>${escape(n.title)}</h2><p>${escape(n.body)}</p></section>`,
    )
    .join('')}</body></html>`);
}

for (const scheme of schemes) {
  test.describe(scheme, () => {
    test.use({ colorScheme: scheme });

    test(`the first-run welcome, as a notification, in ${scheme} mode`, async ({ page, host }) => {
      const homes: Home[] = ['tray', 'status-window'];
      for (const home of homes) {
        host.runtime.settings.update({ welcomeShown: false });
        expect(
          greetFirstRun({ settings: host.runtime.settings, notifier: host.notifier }, home),
        ).toBe(true);
      }
      const shown = host.notifier.shown;
      expect(shown.map((n) => n.title)).toEqual(['Welcome to Limber', 'Welcome to Limber']);
      expect(shown[0]!.body).toMatch(/^Limber lives in your tray\. After 45 minutes of sitting/);
      expect(shown[1]!.body).toMatch(/status window/);

      await showNotifications(page, shown);
      await keep(page, 'welcome-notification', scheme, undefined, { fullPage: true });
    });
  });
}
