import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';

import { openSection, renderSettings, SettingsMain } from '../support/settings-main';

describe('reset to defaults', () => {
  it('asks first, and keeping the settings changes nothing', async () => {
    const main = new SettingsMain();
    main.settings.reminders.sittingLimitMin = 90;
    await renderSettings(main);
    await openSection('General');
    await fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));

    const dialog = screen.getByRole('dialog', { name: 'Reset all settings?' });
    expect(dialog).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Keep my settings');
    await fireEvent.click(screen.getByRole('button', { name: 'Keep my settings' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(main.resets).toBe(0);
    expect(main.settings.reminders.sittingLimitMin).toBe(90);
  });

  it('resets after the user confirms, and the form shows the defaults', async () => {
    const main = new SettingsMain();
    main.settings.reminders.sittingLimitMin = 90;
    await renderSettings(main);
    expect(screen.getByLabelText<HTMLInputElement>('Nudge me after sitting for').value).toBe('90');
    await openSection('General');
    await fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Reset' }));

    await waitFor(() => expect(main.settings.reminders.sittingLimitMin).toBe(45));
    await openSection('Reminders');
    const limit = screen.getByLabelText<HTMLInputElement>('Nudge me after sitting for');
    expect(limit.value).toBe('45');
    expect(main.resets).toBe(1);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('theme', () => {
  // Main applies the theme to every window (nativeTheme.themeSource); the e2e test
  // settings-theme.spec.ts shows the colours change. The window's part is to hand it over.
  it('hands the chosen theme to main and leaves the page to prefers-color-scheme', async () => {
    const main = new SettingsMain();
    localStorage.clear();
    await renderSettings(main);
    await fireEvent.click(await screen.findByRole('tab', { name: 'General' }));
    const theme = await screen.findByLabelText('Theme');

    await fireEvent.change(theme, { target: { value: 'dark' } });
    await waitFor(() => expect(main.settings.theme).toBe('dark'));
    expect(main.patches).toEqual([{ theme: 'dark' }]);
    expect(document.documentElement.attributes).toHaveLength(0);
  });
});
