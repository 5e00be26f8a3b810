import { expect, type Page } from '@playwright/test';

import type { Settings } from '@shared/settings/schema';

import type { AppHost } from './app-host';

/** The settings window's size in the app (windows adapter): tests look at it at that size. */
export const settingsWindowSize = { width: 560, height: 680 };

/** The settings window as a user finds it: by role and accessible name only. */
export function settingsPage(page: Page) {
  return {
    heading: page.getByRole('heading', { name: 'Settings', level: 1 }),
    sittingLimit: page.getByLabel('Nudge me after sitting for'),
    morningTime: page.getByLabel('Time', { exact: true }),
    status: page.getByRole('status'),
    /** Opens a section from the sidebar (or the tab bar in a narrow window), as a click does. */
    openSection: async (tab: string) => {
      await page.getByRole('tab', { name: tab, exact: true }).click();
      await expect(page.getByRole('tab', { name: tab, exact: true })).toHaveAttribute(
        'aria-selected',
        'true',
      );
    },
    /** The visible error or hint under a field, as the field's description names it. */
    descriptionOf: async (field: ReturnType<Page['getByLabel']>) => {
      const id = await field.getAttribute('aria-describedby');
      return page.locator(`[id="${id}"]`).innerText();
    },
  };
}

/** Opens the settings window from the tray, as a user does, and returns its page. */
export async function openSettingsFromTray(host: AppHost): Promise<Page> {
  host.runtime.actions.openSettings();
  await host.settle();
  const page = host.windows.settingsPage();
  await page.setViewportSize(settingsWindowSize);
  await settingsPage(page).heading.waitFor();
  return page;
}

/** Closes the settings window the way its own window would (main's closeWindow handler). */
export async function closeSettings(host: AppHost, page: Page): Promise<void> {
  const closed = page.waitForEvent('close');
  // The page goes away while main answers, so the evaluate itself may be cut short.
  await page.evaluate(() => window.limber!.closeWindow()).catch(() => undefined);
  await host.settle();
  await closed;
}

/** The settings main holds right now, read straight from its handler, not through any page. */
export async function settingsInMain(host: AppHost): Promise<Settings> {
  const sender = { webContentsId: 0, frameUrl: undefined, isMainFrame: true };
  return await host.runtime.handlers.getSettings(undefined, { sender });
}
