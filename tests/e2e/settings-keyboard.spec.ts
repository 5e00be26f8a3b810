import type { Locator, Page } from '@playwright/test';

import { getStretch } from '@shared/content/catalog';
import { defaultSettings } from '@shared/settings/schema';

import type { AppHost } from './host/app-host';
import { expect, test } from './host/fixture';
import { openSettingsFromTray, settingsInMain, settingsPage } from './host/settings-page';

/**
 * The settings window used with the keyboard alone (issue 4): every step here is a key press,
 * never a click or a fill, and every change is checked in main, not only on screen.
 */

/** Enough presses to cross the whole form; more means focus is stuck or lost. */
const maxTabs = 120;

/** Where the focused element is and whether the user can see it has focus. */
interface FocusStop {
  name: string;
  top: number;
  bottom: number;
  left: number;
  /**
   * A focus ring is drawn: an outline or shadow is painted while focus is visible on it, or in
   * it (a time box's clock button is inside the box, where :focus-visible does not reach).
   */
  ringDrawn: boolean;
  /** Not hidden under the sticky header or below the window's bottom edge. */
  inView: boolean;
}

/** The focused element as the user sees it, or undefined when nothing has focus. */
async function focusStop(page: Page): Promise<FocusStop | undefined> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) return undefined;
    const style = getComputedStyle(el);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const rect = el.getBoundingClientRect();
    const headerBottom = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
    // The header and a dialog sit above the page; anything else must clear the header.
    const onTop = el.closest('header, [role="dialog"]') !== null;
    const label = el instanceof HTMLInputElement ? el.labels?.[0]?.textContent : undefined;
    return {
      name: (el.getAttribute('aria-label') ?? label ?? el.textContent ?? el.tagName).trim(),
      top: rect.top + window.scrollY,
      bottom: rect.bottom + window.scrollY,
      left: rect.left,
      ringDrawn:
        el.matches(':focus-visible, input:focus-within') &&
        (outlined || style.boxShadow !== 'none'),
      inView: (onTop || rect.top >= headerBottom - 1) && rect.bottom <= window.innerHeight + 1,
    };
  });
}

/** Fails unless something has focus and the user can see where it is. */
async function expectVisibleFocus(page: Page): Promise<FocusStop> {
  const stop = await focusStop(page);
  expect(stop, 'something has focus').toBeDefined();
  expect(stop?.ringDrawn, `focus ring on ${stop?.name}`).toBe(true);
  expect(stop?.inView, `${stop?.name} scrolled into view`).toBe(true);
  return stop!;
}

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/** Presses Tab until `target` has focus, checking the ring at every stop on the way. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < maxTabs; presses++) {
    await page.keyboard.press('Tab');
    await expectVisibleFocus(page);
    if (await isFocused(target)) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/**
 * Opens a section with the keyboard alone: Shift+Tab back up to the section tabs (only the
 * chosen one is a Tab stop), then the arrow keys along them to `name`.
 */
async function openSectionByKeys(page: Page, name: string): Promise<void> {
  const chosenTab = page.getByRole('tab', { selected: true });
  for (let presses = 0; presses < maxTabs && !(await isFocused(chosenTab)); presses++) {
    await page.keyboard.press('Shift+Tab');
    await expectVisibleFocus(page);
  }
  const target = page.getByRole('tab', { name, exact: true });
  for (let presses = 0; presses < 10 && !(await isFocused(target)); presses++) {
    await page.keyboard.press('ArrowRight');
    await expectVisibleFocus(page);
  }
  await expect(target).toBeFocused();
  await expect(target).toHaveAttribute('aria-selected', 'true');
}

/** Main's settings once they satisfy `check`: saves are asynchronous, so poll. */
async function expectInMain(host: AppHost, check: () => Promise<boolean>): Promise<void> {
  await expect.poll(check).toBe(true);
  await host.settle();
}

test('every setting below is changed, and reset, with the keyboard alone', async ({ host }) => {
  expect(await settingsInMain(host)).toEqual(defaultSettings);
  const page = await openSettingsFromTray(host);
  const main = () => settingsInMain(host);

  // Sitting limit: typed, then Tab away saves it.
  const sittingLimit = settingsPage(page).sittingLimit;
  await tabTo(page, sittingLimit);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('30');
  await page.keyboard.press('Tab');
  await expectInMain(host, async () => (await main()).reminders.sittingLimitMin === 30);
  await expect(sittingLimit).toHaveValue('30');

  // Work hours: on, then Saturday becomes a work day.
  await openSectionByKeys(page, 'Work hours');
  await tabTo(page, page.getByLabel('Only nudge during work hours'));
  await page.keyboard.press('Space');
  await expectInMain(host, async () => (await main()).reminders.workHours.enabled);
  const workDays = page.getByRole('group', { name: 'Work days' });
  await tabTo(page, workDays.getByRole('checkbox', { name: 'Saturday' }));
  await page.keyboard.press('Space');
  await expectInMain(
    host,
    async () => (await main()).reminders.workHours.days.join() === '1,2,3,4,5,6',
  );

  // Desk break: the second stretch moves up; focus stays on it, on a button that still works.
  const [first, second, ...rest] = defaultSettings.routines.deskBreak.stretchIds;
  const secondName = getStretch(second!).name;
  const deskBreak = page.getByRole('group', { name: 'Desk break' });
  await openSectionByKeys(page, 'Routines');
  await tabTo(page, deskBreak.getByRole('button', { name: `Move ${secondName} up` }));
  await page.keyboard.press('Enter');
  const reordered = [second, first, ...rest].join();
  await expectInMain(
    host,
    async () => (await main()).routines.deskBreak.stretchIds.join() === reordered,
  );
  await expect(deskBreak.getByRole('button', { name: `Move ${secondName} down` })).toBeFocused();
  await expectVisibleFocus(page);

  // Theme: an arrow key on the closed select picks the next option.
  const theme = page.getByLabel('Theme');
  await openSectionByKeys(page, 'General');
  await tabTo(page, theme);
  await page.keyboard.press('ArrowDown');
  await expectInMain(host, async () => (await main()).theme === 'light');

  // Reset, asked first: Escape keeps everything and gives focus back to the button.
  const changed = await main();
  const resetButton = page.getByRole('button', { name: 'Reset to defaults…' });
  await tabTo(page, resetButton);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Reset all settings?' });
  await expect(dialog.getByRole('button', { name: 'Keep my settings' })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(resetButton).toBeFocused();
  await expectVisibleFocus(page);
  await host.settle();
  expect(await main()).toEqual(changed);

  // Then for real: main holds the defaults again and the form shows them.
  await page.keyboard.press('Enter');
  await tabTo(page, dialog.getByRole('button', { name: 'Reset', exact: true }));
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect.poll(main).toEqual(defaultSettings);
  await expect(resetButton).toBeFocused();
  await expectVisibleFocus(page);
  await openSectionByKeys(page, 'Reminders');
  await expect(sittingLimit).toHaveValue('45');
});

/** Vertical overlap means the same row: then the next stop must be to the right. */
function readsAfter(prev: FocusStop, next: FocusStop): boolean {
  const sameRow = next.top < prev.bottom && prev.top < next.bottom;
  return sameRow ? next.left >= prev.left : next.top >= prev.bottom - 1;
}

test('Tab reaches the section tabs first, then the chosen section top to bottom; Shift+Tab retraces it', async ({
  host,
}) => {
  const page = await openSettingsFromTray(host);
  // Only the chosen section's tab is a Tab stop: the arrow keys move along the others.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('tab', { name: 'Reminders' })).toBeFocused();
  await openSectionByKeys(page, 'General');

  const resetButton = page.getByRole('button', { name: 'Reset to defaults…' });
  const stops: FocusStop[] = [await expectVisibleFocus(page)];
  for (let presses = 0; presses < maxTabs && !(await isFocused(resetButton)); presses++) {
    await page.keyboard.press('Tab');
    const stop = await expectVisibleFocus(page);
    const prev = stops.at(-1);
    // A time box takes several Tabs, one per part (hours, minutes): one stop for the user.
    if (prev && prev.name === stop.name && prev.top === stop.top) continue;
    if (prev) expect(readsAfter(prev, stop), `${stop.name} after ${prev.name}`).toBe(true);
    stops.push(stop);
  }
  await expect(resetButton).toBeFocused();
  // The tab, the login toggle, the theme select, the reset button.
  expect(stops).toHaveLength(4);
  expect(stops[0]?.name).toBe('General');
  expect(stops[1]?.name).toBe('Start Limber when I log in');

  const back: string[] = [];
  for (let presses = 0; presses < maxTabs && back.length < stops.length - 1; presses++) {
    await page.keyboard.press('Shift+Tab');
    const stop = await expectVisibleFocus(page);
    if (back.at(-1) !== stop.name) back.push(stop.name);
  }
  expect(back).toEqual(
    stops
      .slice(0, -1)
      .map((stop) => stop.name)
      .reverse(),
  );
});

test('a refused value keeps its red edge, and focus on it still shows', async ({ host }) => {
  const before = await settingsInMain(host);
  const page = await openSettingsFromTray(host);
  const sittingLimit = settingsPage(page).sittingLimit;
  const look = () =>
    sittingLimit.evaluate((el) => {
      const style = getComputedStyle(el);
      const ring = `${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`;
      return { ring, ringColor: style.outlineColor, edge: style.borderColor };
    });
  await tabTo(page, sittingLimit);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('500');
  await page.keyboard.press('Tab');
  await expect(sittingLimit).toHaveAttribute('aria-invalid', 'true');
  const resting = await look();
  expect(resting.edge, 'the edge is as red as the error outline').toBe(resting.ringColor);

  await page.keyboard.press('Shift+Tab');
  await expect(sittingLimit).toBeFocused();
  await expectVisibleFocus(page);
  const focused = await look();
  // Focus must change how the field looks, or it would vanish into the error outline.
  expect(focused.ring).not.toBe(resting.ring);
  expect(focused.edge).toBe(resting.edge);
  await host.settle();
  expect(await settingsInMain(host)).toEqual(before);
});

test.describe('with a notice about a damaged settings file', () => {
  test.use({ hostOptions: { settingsText: '{\n  "schemaVersion": 2,' } });

  test('Dismiss by keyboard hands focus to the heading, and Tab goes on to the form', async ({
    host,
  }) => {
    const page = await openSettingsFromTray(host);
    const settings = settingsPage(page);
    const banner = page.getByRole('alert');
    await expect(banner).toContainText('Your settings file was damaged');

    await tabTo(page, banner.getByRole('button', { name: 'Dismiss' }));
    await page.keyboard.press('Enter');
    await expect(banner).toHaveCount(0);
    expect(host.runtime.settings.notices()).toEqual([]);
    await expect(settings.heading).toBeFocused();
    await expectVisibleFocus(page);

    await page.keyboard.press('Tab');
    await expect(page.getByRole('tab', { name: 'Reminders' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(settings.sittingLimit).toBeFocused();
  });
});
