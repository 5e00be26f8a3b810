import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';

import { defaultSettings } from '@shared/settings/schema';

import { openSection, renderSettings, SettingsMain } from '../support/settings-main';

/** Types `text` into a field and leaves it, as a user does before the change is committed. */
async function typeInto(label: string | RegExp, text: string): Promise<HTMLInputElement> {
  const input = screen.getByLabelText<HTMLInputElement>(label);
  await fireEvent.change(input, { target: { value: text } });
  return input;
}

/** Types into a box that follows every keystroke (a bound value), as a user types. */
async function typeLength(text: string): Promise<HTMLInputElement> {
  const input = screen.getByLabelText<HTMLInputElement>('Another length');
  await fireEvent.input(input, { target: { value: text } });
  return input;
}

/** The text a screen reader reads as the field's description. */
function descriptionOf(input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  return ids.map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' ');
}

const snoozeGroup = () => screen.getByRole('group', { name: 'Snooze lengths' });
const chips = () =>
  Array.from(snoozeGroup().querySelectorAll('.chip')).map((chip) =>
    chip.textContent?.replace('×', '').trim(),
  );

describe('settings form', () => {
  it('lists every section in the sidebar and shows one at a time', async () => {
    await renderSettings(new SettingsMain());
    const tabs = screen.getAllByRole('tab').map((tab) => tab.textContent);
    expect(tabs).toEqual([
      'Reminders',
      'Work hours',
      'Quiet when…',
      'Morning',
      'Routines',
      'Cues',
      'General',
      'About',
    ]);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Reminders',
    ]);
    await openSection('Morning', 'Morning routine');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Morning routine',
    ]);
    expect(screen.getByRole('tab', { name: 'Morning' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tab', { name: 'Reminders' }).getAttribute('aria-selected')).toBe(
      'false',
    );
  });

  it('moves between sections with the arrow keys, Home and End', async () => {
    await renderSettings(new SettingsMain());
    const first = screen.getByRole('tab', { name: 'Reminders' });
    first.focus();
    await fireEvent.keyDown(first, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Work hours'));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Work hours');
    await fireEvent.keyDown(document.activeElement!, { key: 'End' });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('About'));
    await fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Reminders'));
    // Only the chosen tab is in the Tab order; the others are reached by arrow keys.
    expect(screen.getAllByRole('tab').filter((tab) => tab.tabIndex === 0)).toHaveLength(1);
  });

  it('shows the saved values in their fields', async () => {
    await renderSettings(new SettingsMain());
    expect(screen.getByLabelText<HTMLInputElement>('Nudge me after sitting for').value).toBe('45');
    expect(chips()).toEqual(['5 min', '10 min', '20 min']);
    await openSection('Morning', 'Morning routine');
    expect(screen.getByLabelText<HTMLInputElement>('Time').value).toBe('07:30');
  });

  it('refuses an out-of-range sitting limit beside the field, marked Not saved, and sends nothing', async () => {
    const main = new SettingsMain();
    await renderSettings(main);
    const input = await typeInto('Nudge me after sitting for', '5');

    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(input)).toBe('Not saved Use a whole number from 10 to 180 minutes');
    // The user's text stays, to be fixed rather than typed again.
    expect(input.value).toBe('5');
    expect(main.patches).toEqual([]);
    expect(main.settings.reminders.sittingLimitMin).toBe(45);
  });

  it('marks the tab of a section left with a refused value, until the value is fixed', async () => {
    const main = new SettingsMain();
    await renderSettings(main);
    await typeInto('Nudge me after sitting for', '5');
    await openSection('Morning', 'Morning routine');

    // Elsewhere in the window, the refusal is still in sight, and said by the tab's name.
    const reminders = screen.getByRole('tab', { name: 'Reminders (a change not saved)' });
    expect(screen.getByRole('tab', { name: 'Morning' })).toBeTruthy();
    await fireEvent.click(reminders);
    await typeInto('Nudge me after sitting for', '30');
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Reminders' })).toBeTruthy());
    expect(screen.queryByRole('tab', { name: /not saved/ })).toBeNull();
  });

  it('marks the Work hours tab, not Reminders, for a refused work-hours value', async () => {
    const main = new SettingsMain();
    main.refuseNext({ path: 'reminders.workHours.enabled', message: 'Settings are read-only' });
    await renderSettings(main);
    await openSection('Work hours');
    await fireEvent.click(screen.getByLabelText('Only nudge during work hours'));
    await screen.findByRole('tab', { name: 'Work hours (a change not saved)' });
    expect(screen.getByRole('tab', { name: 'Reminders' })).toBeTruthy();
  });

  it('refuses a fractional or empty number the same way', async () => {
    const main = new SettingsMain();
    await renderSettings(main);
    await typeInto('A break counts after being away for', '2.5');
    await openSection('Routines');
    await typeInto('Time to get into position', '');
    await openSection('Reminders (a change not saved)', 'Reminders');
    expect(screen.getByText('Use a whole number from 1 to 30 minutes')).toBeTruthy();
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
    const fault = 'Pick one of the routines in the list';
    main.refuseNext({ path: 'morning.routineId', message: fault });
    await renderSettings(main);
    await openSection('Morning', 'Morning routine');
    const select = screen.getByLabelText<HTMLSelectElement>('Routine');
    await fireEvent.change(select, { target: { value: 'custom-hips' } });

    await waitFor(() => expect(select.getAttribute('aria-invalid')).toBe('true'));
    expect(descriptionOf(select)).toBe(`Not saved ${fault}`);
    expect(screen.getByRole('status').textContent).toBe('Not saved');
    expect(main.patches).toEqual([{ morning: { routineId: 'custom-hips' } }]);
    expect(main.settings.morning.routineId).toBe('morning-in-bed');
  });

  it('adds and removes snooze lengths as chips, kept in order', async () => {
    const main = new SettingsMain();
    await renderSettings(main);
    await typeLength('15');
    await fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(chips()).toEqual(['5 min', '10 min', '15 min', '20 min']));
    expect(main.patches).toEqual([{ reminders: { snoozeOptionsMin: [5, 10, 15, 20] } }]);
    // The box empties once the length is saved.
    expect(screen.getByLabelText<HTMLInputElement>('Another length').value).toBe('');

    await fireEvent.click(screen.getByRole('button', { name: 'Remove 10 minutes' }));
    await waitFor(() => expect(chips()).toEqual(['5 min', '15 min', '20 min']));
    expect(main.settings.reminders.snoozeOptionsMin).toEqual([5, 15, 20]);
  });

  it('refuses a repeated, out-of-range or fifth snooze length, and keeps the typed text', async () => {
    const main = new SettingsMain();
    await renderSettings(main);
    const box = await typeLength('10');
    await fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(snoozeGroup().textContent).toContain('Not saved');
    expect(snoozeGroup().textContent).toContain('That snooze length is already in the list');
    expect(box.value).toBe('10');

    await typeLength('90');
    await fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(snoozeGroup().textContent).toContain('Use a whole number from 1 to 60 minutes');

    await typeLength('30');
    await fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(chips()).toHaveLength(4));
    await typeLength('45');
    await fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(snoozeGroup().textContent).toContain('Keep 1 to 4 snooze lengths');
    expect(main.patches).toEqual([{ reminders: { snoozeOptionsMin: [5, 10, 20, 30] } }]);
  });

  it('sends toggles and choices at once', async () => {
    const main = new SettingsMain();
    await renderSettings(main);
    await openSection('General');
    await fireEvent.click(screen.getByLabelText('Start Limber when I log in'));
    await fireEvent.change(screen.getByLabelText('Theme'), { target: { value: 'dark' } });
    await waitFor(() => expect(main.patches).toHaveLength(2));
    expect(main.patches).toEqual([{ startAtLogin: true }, { theme: 'dark' }]);
  });

  it('refuses work hours that end before they start, beside that range', async () => {
    const main = new SettingsMain();
    await renderSettings(main);
    await openSection('Work hours');
    await fireEvent.click(screen.getByLabelText('Only nudge during work hours'));
    const end = await screen.findByLabelText('to');
    await fireEvent.change(end, { target: { value: '08:00' } });
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(end)).toBe('Not saved End after the start (a range can’t cross midnight)');
    // The message sits in the range's own row, before the Add hours button.
    expect(end.closest('.range')?.textContent).toContain('End after the start');
    expect(main.patches).toEqual([{ reminders: { workHours: { enabled: true } } }]);
  });

  it('states the hold range once for all the holds, not under each', async () => {
    await renderSettings(new SettingsMain());
    await openSection('Routines');
    expect(screen.getAllByText(/between 15 and 60 seconds/i)).toHaveLength(1);
  });

  it('points every aria reference at something on screen, in every section', async () => {
    await renderSettings(new SettingsMain());
    for (const tab of screen.getAllByRole('tab')) {
      await fireEvent.click(tab);
      await waitFor(() => expect(tab.getAttribute('aria-selected')).toBe('true'));
      const dangling = Array.from(
        document.querySelectorAll('[aria-describedby], [aria-labelledby], [aria-controls]'),
      ).flatMap((el) =>
        ['aria-describedby', 'aria-labelledby', 'aria-controls'].flatMap((name) =>
          (el.getAttribute(name) ?? '')
            .split(/\s+/)
            .filter((id) => id !== '' && !document.getElementById(id))
            .map((id) => `${tab.textContent}: ${name}="${id}"`),
        ),
      );
      expect(dangling).toEqual([]);
    }
  });

  it('remembers the open section across a reload', async () => {
    const main = new SettingsMain();
    await renderSettings(main);
    await openSection('Cues');
    expect(localStorage.getItem('limber.settings.section')).toBe('cues');
  });
});
