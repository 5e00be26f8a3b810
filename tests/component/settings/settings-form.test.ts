import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';

import { defaultSettings } from '@shared/settings/schema';

import { renderSettings, SettingsMain } from '../support/settings-main';

/** Types `text` into a field and leaves it, as a user does before the change is committed. */
async function typeInto(label: string | RegExp, text: string): Promise<HTMLInputElement> {
  const input = screen.getByLabelText<HTMLInputElement>(label);
  await fireEvent.change(input, { target: { value: text } });
  return input;
}

/** The text a screen reader reads as the field's description. */
function descriptionOf(input: HTMLElement): string {
  const id = input.getAttribute('aria-describedby') ?? '';
  return document.getElementById(id)?.textContent?.trim() ?? '';
}

describe('settings form', () => {
  it('shows every section with a heading', async () => {
    await renderSettings(new SettingsMain());
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'Reminders',
      'Work hours',
      'Quiet when…',
      'Morning routine',
      'Routines',
      'Cues',
      'General',
      'About',
    ]);
  });

  it('shows the saved values in their fields', async () => {
    await renderSettings(new SettingsMain());
    expect(screen.getByLabelText<HTMLInputElement>('Nudge me after sitting for').value).toBe('45');
    expect(screen.getByLabelText<HTMLInputElement>('Time').value).toBe('07:30');
    expect(screen.getByLabelText<HTMLInputElement>('Snooze lengths (minutes)').value).toBe(
      '5, 10, 20',
    );
  });

  it('refuses an out-of-range sitting limit beside the field and sends nothing', async () => {
    const main = new SettingsMain();
    await renderSettings(main);
    const input = await typeInto('Nudge me after sitting for', '5');

    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(input)).toBe('Between 10 and 180 minutes');
    expect(screen.getByText('Between 10 and 180 minutes').className).toContain('error');
    expect(main.patches).toEqual([]);
    expect(main.settings.reminders.sittingLimitMin).toBe(45);
  });

  it('refuses a fractional or empty number the same way', async () => {
    const main = new SettingsMain();
    await renderSettings(main);
    await typeInto('A break counts after being away for', '2.5');
    await typeInto('Cat-cow length', '');
    expect(
      screen.getAllByText(/^Between/).filter((p) => p.className.includes('error')),
    ).toHaveLength(2);
    expect(main.patches).toEqual([]);
  });

  it('sends a valid change as a patch of exactly that field and says it saved', async () => {
    const main = new SettingsMain();
    await renderSettings(main);
    const input = await typeInto('Nudge me after sitting for', '30');

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    expect(main.patches).toEqual([{ reminders: { sittingLimitMin: 30 } }]);
    expect(main.settings.reminders.sittingLimitMin).toBe(30);
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('clears the error once the value is fixed', async () => {
    const main = new SettingsMain();
    await renderSettings(main);
    const input = await typeInto('Nudge me after sitting for', '500');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await typeInto('Nudge me after sitting for', '60');
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBeNull());
    expect(main.patches).toEqual([{ reminders: { sittingLimitMin: 60 } }]);
  });

  it("shows main's reason beside the field when main refuses, and keeps the last good value", async () => {
    const main = new SettingsMain({
      ...defaultSettings,
      routines: {
        ...defaultSettings.routines,
        custom: [{ id: 'custom-hips', name: 'Hips only', stretchIds: ['piriformis'] }],
      },
    });
    // Another window deleted the routine a moment ago; this one still lists it.
    const fault = 'morning.routineId names "custom-hips", which is not one of your custom routines';
    main.refuseNext({ path: 'morning.routineId', message: fault });
    await renderSettings(main);
    const select = screen.getByLabelText<HTMLSelectElement>('Routine');
    await fireEvent.change(select, { target: { value: 'custom-hips' } });

    await waitFor(() => expect(select.getAttribute('aria-invalid')).toBe('true'));
    expect(descriptionOf(select)).toBe(fault);
    expect(screen.getByRole('status').textContent).toBe('Not saved');
    expect(main.patches).toEqual([{ morning: { routineId: 'custom-hips' } }]);
    expect(main.settings.morning.routineId).toBe('morning-in-bed');
  });

  it('checks a list of snooze lengths as a whole', async () => {
    const main = new SettingsMain();
    await renderSettings(main);
    const input = await typeInto('Snooze lengths (minutes)', '5, 90');
    expect(descriptionOf(input)).toBe('1 to 4 lengths, each between 1 and 60 minutes');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await typeInto('Snooze lengths (minutes)', '15 30');
    await waitFor(() => expect(main.settings.reminders.snoozeOptionsMin).toEqual([15, 30]));
  });

  it('sends toggles and choices at once', async () => {
    const main = new SettingsMain();
    await renderSettings(main);
    await fireEvent.click(screen.getByLabelText('Start Limber when I log in'));
    await fireEvent.change(screen.getByLabelText('Theme'), { target: { value: 'dark' } });
    await waitFor(() => expect(main.patches).toHaveLength(2));
    expect(main.patches).toEqual([{ startAtLogin: true }, { theme: 'dark' }]);
  });

  it('refuses work hours that end before they start', async () => {
    const main = new SettingsMain();
    await renderSettings(main);
    await fireEvent.click(screen.getByLabelText('Only nudge during work hours'));
    const end = await screen.findByLabelText('to');
    await fireEvent.change(end, { target: { value: '08:00' } });
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect(main.patches).toEqual([{ reminders: { workHours: { enabled: true } } }]);
  });
});
