import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';

import { defaultSettings } from '@shared/settings/schema';

/** The words main's Flatpak login item gives (src-main/login/linux-login-item.ts). */
const FLATPAK_NOTE = "Limber can't start at login inside Flatpak without the background portal.";
import { openSection, renderSettings, SettingsMain } from '../support/settings-main';

const toggle = () => screen.getByLabelText<HTMLInputElement>('Start Limber when I log in');

/** The words under the toggle, as its description reads them. */
function noteUnderToggle(): string {
  const id = toggle().getAttribute('aria-describedby');
  return id ? (document.getElementById(id)?.textContent?.trim() ?? '') : '';
}

describe('start at login, as the OS reports it', () => {
  it('follows the setting until the OS has answered', async () => {
    const main = new SettingsMain({ ...defaultSettings, startAtLogin: true });
    await renderSettings(main);
    await openSection('General');
    expect(toggle().checked).toBe(true);
    expect(noteUnderToggle()).toBe('');
  });

  it("shows the OS's state, not the one last asked for, with the OS's reason", async () => {
    const main = new SettingsMain({ ...defaultSettings, startAtLogin: true });
    main.loginState = { enabled: false, note: FLATPAK_NOTE };
    await renderSettings(main);
    await openSection('General');
    await waitFor(() => expect(toggle().checked).toBe(false));
    expect(noteUnderToggle()).toBe(FLATPAK_NOTE);
  });

  it('a click the OS refuses leaves the box unticked, and says so', async () => {
    const main = new SettingsMain();
    main.loginState = { enabled: false };
    await renderSettings(main);
    await openSection('General');
    await fireEvent.click(toggle());
    await waitFor(() => expect(main.settings.startAtLogin).toBe(true));
    // Main writes the login item, reads it back, and finds it still off.
    main.reportLogin({ enabled: false });
    await waitFor(() => expect(toggle().checked).toBe(false));
    expect(noteUnderToggle()).toBe('Your system has not registered Limber to start at login.');
  });

  it('ticks the box once the OS confirms', async () => {
    const main = new SettingsMain();
    main.loginState = { enabled: false };
    await renderSettings(main);
    await openSection('General');
    await fireEvent.click(toggle());
    main.reportLogin({ enabled: true });
    await waitFor(() => expect(toggle().checked).toBe(true));
    expect(noteUnderToggle()).toBe('');
  });
});
