import type { Page } from '@playwright/test';

import type { Settings } from '@shared/settings/schema';

import type { ThemePort } from '../../../src-main/settings/theme-sync';

/** What a page's prefers-color-scheme can be made to answer. */
export type ColorScheme = Exclude<
  NonNullable<Parameters<Page['emulateMedia']>[0]>['colorScheme'],
  undefined
>;

/**
 * Electron's nativeTheme as the host models it. Main's real `syncTheme` sets `themeSource`
 * from the theme setting; as in Electron, that decides what prefers-color-scheme answers in
 * every window, open now or opened later. 'system' gives the pages the test's own scheme back.
 */
export class HostedTheme implements ThemePort {
  #source: Settings['theme'] = 'system';

  /**
   * @param system what the "operating system" prefers: the test's colorScheme
   * @param pages the pages of the windows open right now
   * @param enqueue runs browser work in order with main's events
   */
  constructor(
    private readonly system: ColorScheme,
    private readonly pages: () => Page[],
    private readonly enqueue: (work: () => Promise<unknown>) => void,
  ) {}

  get themeSource(): Settings['theme'] {
    return this.#source;
  }

  set themeSource(theme: Settings['theme']) {
    this.#source = theme;
    // Queued behind main's events, so a test that settles sees every page in the new scheme.
    this.enqueue(() => Promise.all(this.pages().map((page) => this.applyTo(page))));
  }

  /** Gives `page` the scheme every window has now: call it for each window main opens. */
  async applyTo(page: Page): Promise<void> {
    const colorScheme = this.#source === 'system' ? this.system : this.#source;
    // A window main closed meanwhile has no scheme to change, as a destroyed webContents.
    await page.emulateMedia({ colorScheme }).catch((error: unknown) => {
      if (!page.isClosed()) throw error;
    });
  }
}
