import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';

import type { SettingsNotice } from '@shared/settings/notice-schema';

import { renderSettings, SettingsMain } from '../support/settings-main';

const AT_MS = Date.UTC(2026, 10, 24, 9, 30);

const damaged: SettingsNotice = {
  kind: 'recovered',
  message:
    'Your settings file was damaged (the file is empty). Limber saved a copy as settings.corrupt-2026-11-24T09-30-00-000Z.json and restored your last saved settings.',
  atMs: AT_MS,
};

const unwritable: SettingsNotice = {
  kind: 'unwritable',
  message: 'Limber cannot save your settings (EACCES). Changes work until you quit.',
  atMs: AT_MS + 60_000,
};

/** The banner, found as a screen reader user would: the alert that holds a Dismiss button. */
const banner = () => screen.getByRole('alert');

describe('settings notices banner', () => {
  it('is not there when the settings file was fine', async () => {
    await renderSettings(new SettingsMain());
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Dismiss' })).toBeNull();
  });

  it('says what happened, where the copy went and when, until dismissed', async () => {
    const main = new SettingsMain();
    main.notices = [damaged];
    await renderSettings(main);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(damaged.message);
    expect(alert.querySelector('time')?.getAttribute('datetime')).toBe(
      new Date(AT_MS).toISOString(),
    );
    await fireEvent.click(within(alert).getByRole('button', { name: 'Dismiss' }));

    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(main.notices).toEqual([]);
    // ondismissed: focus left with the Dismiss button, so the page puts it on its heading.
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Settings' })),
    );
    // The form itself is untouched by the banner coming and going.
    expect(screen.getByRole('heading', { name: 'Reminders' })).toBeTruthy();
  });

  it('shows a notice raised while the window is open, after the ones already there', async () => {
    const main = new SettingsMain();
    main.notices = [damaged];
    await renderSettings(main);
    await screen.findByRole('alert');

    main.raiseNotice(unwritable);
    await waitFor(() => expect(banner().textContent).toContain('cannot save your settings'));
    const text = banner().textContent ?? '';
    expect(text.indexOf('was damaged')).toBeLessThan(text.indexOf('cannot save'));
  });

  it('keeps the notices and says why when main cannot dismiss them', async () => {
    const main = new SettingsMain();
    main.notices = [damaged];
    main.failNextDismiss = 'main is busy';
    await renderSettings(main);
    await fireEvent.click(await screen.findByRole('button', { name: 'Dismiss' }));

    await waitFor(() => expect(banner().textContent).toContain("Couldn't dismiss: main is busy"));
    expect(banner().textContent).toContain(damaged.message);
    expect(main.notices).toEqual([damaged]);
  });

  it('goes away when they are dismissed in another window', async () => {
    const main = new SettingsMain();
    main.notices = [damaged];
    await renderSettings(main);
    await screen.findByRole('alert');

    await main.api.dismissSettingsNotices();
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });
});

describe('Show the file', () => {
  it('asks main to show the settings file in the file manager', async () => {
    const main = new SettingsMain();
    main.notices = [damaged];
    await renderSettings(main);
    await fireEvent.click(
      within(await screen.findByRole('alert')).getByRole('button', { name: 'Show the file' }),
    );
    await waitFor(() => expect(main.filesShown).toBe(1));
    // The banner stays: showing the file is not reading the notice.
    expect(banner().textContent).toContain(damaged.message);
  });

  it('says why when the file manager would not open, and keeps the notice', async () => {
    const main = new SettingsMain();
    main.notices = [damaged];
    main.showFileFails = 'Could not show the settings file: no file manager';
    await renderSettings(main);
    await fireEvent.click(
      within(await screen.findByRole('alert')).getByRole('button', { name: 'Show the file' }),
    );
    await waitFor(() =>
      expect(banner().textContent).toContain('Could not show the settings file: no file manager'),
    );
    expect(banner().textContent).toContain(damaged.message);
  });
});
