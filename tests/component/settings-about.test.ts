import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';

import { openSection, renderSettings, SettingsMain } from './support/settings-main';

const aboutSection = () => screen.getByRole('region', { name: 'About' });

describe('About section', () => {
  it('shows the version and where the logs are', async () => {
    await renderSettings(new SettingsMain());
    await openSection('About');
    const about = aboutSection();
    await waitFor(() => expect(about.textContent).toContain('1.2.3'));
    expect(about.textContent).toContain('/home/ada/.config/Limber/logs');
  });

  it('opens the logs folder when asked', async () => {
    const main = new SettingsMain();
    await renderSettings(main);
    await openSection('About');
    const button = within(aboutSection()).getByRole('button', { name: 'Open the logs folder' });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    await fireEvent.click(button);
    expect(main.logsOpened).toBe(1);
  });

  it('says why when the folder could not be opened', async () => {
    const main = new SettingsMain();
    main.openLogsFails = 'Could not open the logs folder: no file manager';
    await renderSettings(main);
    await openSection('About');
    const button = within(aboutSection()).getByRole('button', { name: 'Open the logs folder' });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    await fireEvent.click(button);
    expect(await within(aboutSection()).findByRole('status')).toHaveProperty(
      'textContent',
      'Could not open the logs folder: no file manager',
    );
  });
});
