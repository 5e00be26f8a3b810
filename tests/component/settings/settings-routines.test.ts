import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';

import { getStretch } from '@shared/content/catalog';

import { openSection, renderSettings, SettingsMain } from '../support/settings-main';

/** The stretch names of one list, in the order the user sees them. */
function namesIn(legend: string): string[] {
  const list = screen.getByRole('group', { name: legend });
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.name')?.textContent ?? '');
}

const deskNames = (main: SettingsMain) =>
  main.settings.routines.deskBreak.stretchIds.map((id) => getStretch(id).name);

describe('routine editing', () => {
  it('moves a stretch down and keeps focus on the moved stretch', async () => {
    const main = new SettingsMain();
    await renderSettings(main);
    await openSection('Routines');
    const [first, second, third] = namesIn('Desk break');
    const down = screen.getByRole('button', { name: `Move ${first} down` });
    await fireEvent.click(down);

    await waitFor(() => expect(namesIn('Desk break')).toEqual([second, first, third]));
    expect(deskNames(main)).toEqual([second, first, third]);
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toBe(`Move ${first} down`),
    );
    expect(screen.getByText(`${first} moved to position 2 of 3.`)).toBeTruthy();
  });

  it('cannot move the first stretch up or the last one down', async () => {
    await renderSettings(new SettingsMain());
    await openSection('Routines');
    const names = namesIn('Morning in bed');
    const up = screen.getByRole<HTMLButtonElement>('button', { name: `Move ${names[0]} up` });
    const down = screen.getByRole<HTMLButtonElement>('button', {
      name: `Move ${names.at(-1)} down`,
    });
    expect(up.disabled).toBe(true);
    expect(down.disabled).toBe(true);
  });

  it('removes a stretch and adds it back at the end', async () => {
    const main = new SettingsMain();
    await renderSettings(main);
    await openSection('Routines');
    const [first, ...rest] = namesIn('Desk break');
    await fireEvent.click(screen.getByRole('button', { name: `Remove ${first}` }));
    await waitFor(() => expect(namesIn('Desk break')).toEqual(rest));
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toBe(`Remove ${rest[0]}`),
    );

    const group = screen.getByRole('group', { name: 'Desk break' });
    const picker = within(group).getByLabelText('Add a stretch');
    await fireEvent.change(picker, { target: { value: 'desk-hip-flexor' } });
    await fireEvent.click(within(group).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(namesIn('Desk break')).toEqual([...rest, first]));
    expect(deskNames(main)).toEqual([...rest, first]);
  });

  it('will not remove the last stretch: main says why, and nothing changes', async () => {
    const main = new SettingsMain();
    main.settings.routines.deskBreak.stretchIds = ['desk-cat-cow'];
    await renderSettings(main);
    await openSection('Routines');
    await fireEvent.click(screen.getByRole('button', { name: 'Remove Seated cat-cow' }));
    expect(await screen.findByText('Pick at least one stretch')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Not saved');
    expect(main.settings.routines.deskBreak.stretchIds).toEqual(['desk-cat-cow']);
  });

  it('makes a custom routine with a name and lets the morning use it', async () => {
    const main = new SettingsMain();
    await renderSettings(main);
    await openSection('Routines');
    await fireEvent.input(screen.getByLabelText('New routine name'), {
      target: { value: 'Lunch stretch' },
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Create routine' }));

    await waitFor(() => expect(main.settings.routines.custom).toHaveLength(1));
    const custom = main.settings.routines.custom[0];
    expect(custom?.name).toBe('Lunch stretch');
    expect(custom?.id).toMatch(/^custom-/);
    expect(await screen.findByRole('group', { name: 'Stretches in Lunch stretch' })).toBeTruthy();
    await openSection('Morning', 'Morning routine');
    const routine = screen.getByLabelText<HTMLSelectElement>('Routine');
    expect(within(routine).getByRole('option', { name: 'Lunch stretch' })).toBeTruthy();
  });

  it("refuses a custom routine without a name, in main's plain words", async () => {
    const main = new SettingsMain();
    await renderSettings(main);
    await openSection('Routines');
    await fireEvent.click(screen.getByRole('button', { name: 'Create routine' }));
    expect(await screen.findByText('Name must be 1 to 40 characters')).toBeTruthy();
    expect(main.settings.routines.custom).toEqual([]);
  });

  it('reads the shared hold range with every hold box, and the refusal too', async () => {
    const main = new SettingsMain();
    await renderSettings(main);
    await openSection('Routines');
    const hold = screen.getByLabelText<HTMLInputElement>('Piriformis stretch');
    const description = () =>
      (hold.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent?.trim())
        .join(' ');
    expect(description()).toBe('Each between 15 and 60 seconds.');
    await fireEvent.change(hold, { target: { value: '90' } });
    await waitFor(() => expect(hold.getAttribute('aria-invalid')).toBe('true'));
    expect(description()).toMatch(/^Not saved .+ Each between 15 and 60 seconds\.$/);
  });

  it('shows a per-stretch hold at its built-in length until changed', async () => {
    const main = new SettingsMain();
    await renderSettings(main);
    await openSection('Routines');
    const hold = screen.getByLabelText<HTMLInputElement>('Hamstring stretch');
    expect(hold.value).toBe('30');
    await fireEvent.change(hold, { target: { value: '45' } });
    await waitFor(() => expect(main.settings.routines.holdS.hamstring).toBe(45));
    expect(main.patches).toEqual([{ routines: { holdS: { hamstring: 45 } } }]);
  });
});
