import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';

import { getRoutine, getStretch } from '@shared/content/catalog';
import { safetyNote } from '@shared/content/safety';
import { invokeChannels } from '@shared/ipc/channels';
import { buildTimeline } from '@shared/routine';
import { defaultSettings, type Settings } from '@shared/settings/schema';

import { formatDuration } from '../../../src-renderer/src/ui/format';
import { FakeMain } from '../support/fake-main';
import { renderPlayer } from '../support/render-player';

/** Main after the morning routine finished; ended early, it stopped in the given stretch. */
function finishedMain(
  outcome: 'completed' | 'ended-early',
  activeMs: number,
  endedInStretch?: number,
): FakeMain {
  const main = new FakeMain();
  main.startSession({ routineId: 'morning-in-bed' });
  const steps = main.timeline?.steps ?? [];
  const stoppedAt = steps.find(
    (step) => step.stretchIndex === endedInStretch && step.kind === 'hold',
  );
  const positionMs = stoppedAt ? stoppedAt.startMs + 5_000 : (main.timeline?.totalMs ?? 0);
  main.player = { status: 'finished', positionMs, activeMs, outcome };
  return main;
}

describe('End screen', () => {
  it('congratulates a completed routine with the time spent', async () => {
    await renderPlayer(finishedMain('completed', 510_000));
    expect(screen.getByRole('heading', { name: 'Well done' })).toBeTruthy();
    expect(screen.getByText('You stretched for 8 min 30 s')).toBeTruthy();
    expect(screen.getByText('Morning in bed')).toBeTruthy();
    expect(screen.getByText('7 of 7 stretches done')).toBeTruthy();
  });

  it('counts only the stretches held to the end when the routine was ended early', async () => {
    // Stopped 5 s into the third stretch's hold: two done, the third only begun.
    await renderPlayer(finishedMain('ended-early', 200_000, 2));
    expect(screen.getByRole('heading', { name: 'Routine ended' })).toBeTruthy();
    expect(screen.getByText('Morning in bed')).toBeTruthy();
    expect(screen.getByText('2 of 7 stretches done')).toBeTruthy();
  });

  it('does not count a stretch ended 3 s into getting into position', async () => {
    const main = new FakeMain();
    main.startSession({ routineId: 'morning-in-bed' });
    main.player = {
      status: 'finished',
      positionMs: 3_000,
      activeMs: 3_000,
      outcome: 'ended-early',
    };
    await renderPlayer(main);
    expect(screen.getByText('0 of 7 stretches done')).toBeTruthy();
    expect(screen.getByText('You stretched for 3 s')).toBeTruthy();
  });

  it('says "Routine ended" when ended early, and can close or start again', async () => {
    const main = finishedMain('ended-early', 95_000);
    await renderPlayer(main);
    expect(screen.getByRole('heading', { name: 'Routine ended' })).toBeTruthy();
    expect(screen.getByText('You stretched for 1 min 35 s')).toBeTruthy();

    await fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(main.callCount(invokeChannels.closeWindow)).toBe(1);

    await fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
    expect(main.calls.at(-1)).toEqual({
      channel: invokeChannels.startRoutine,
      payload: { routineId: 'morning-in-bed' },
    });
    await screen.findByRole('button', { name: 'Pause' });
  });

  it('appears when skipping past the last step completes the routine', async () => {
    const main = new FakeMain();
    main.startSession({ routineId: 'desk-break', at: (step) => step.kind === 'flow' });
    await renderPlayer(main);
    await fireEvent.click(screen.getByRole('button', { name: 'Skip' }));
    await screen.findByRole('heading', { name: 'Well done' });
  });
});

describe('Times that agree', () => {
  it('gives one length on the start screen, in the header and on the end screen', async () => {
    const main = new FakeMain();
    await renderPlayer(main);
    const totalMs = buildTimeline(getRoutine('morning-in-bed'), getStretch).totalMs;
    const length = formatDuration(totalMs); // 8 min 38 s with the built-in lengths
    expect(await screen.findByText(new RegExp(`${length}\\.$`))).toBeTruthy();

    await fireEvent.click(screen.getByRole('button', { name: 'Morning routine' }));
    await screen.findByRole('button', { name: 'Pause' });
    expect(screen.getByText(`${Math.ceil(totalMs / 60_000)} min left`)).toBeTruthy();

    main.clock.advance(totalMs);
    main.pushSession();
    await screen.findByRole('heading', { name: 'Well done' });
    expect(screen.getByText(`You stretched for ${length}`)).toBeTruthy();
  });
});

describe('Start screen', () => {
  it("lists the user's own routines and starts the one picked by its id", async () => {
    const custom: Settings['routines']['custom'] = [
      { id: 'custom-hips', name: 'Hips only', stretchIds: ['piriformis'] },
      { id: 'custom-gentle', name: 'Gentle start', stretchIds: ['cat-cow'] },
    ];
    const main = new FakeMain({ routines: { ...defaultSettings.routines, custom } });
    await renderPlayer(main);
    await screen.findByRole('heading', { name: 'Your routines' });
    // The built-in two keep their names and come first.
    const names = screen.getAllByRole('button').map((button) => button.textContent?.trim());
    expect(names).toEqual(['Morning routine', 'Desk break', 'Hips only', 'Gentle start']);

    await fireEvent.click(screen.getByRole('button', { name: 'Gentle start' }));
    expect(main.calls.at(-1)).toEqual({
      channel: invokeChannels.startRoutine,
      payload: { routineId: 'custom-gentle' },
    });
  });

  it("gives each of the user's routines its length, and follows a changed hold", async () => {
    const custom: Settings['routines']['custom'] = [
      { id: 'custom-hips', name: 'Hips only', stretchIds: ['piriformis'] },
    ];
    const main = new FakeMain({ routines: { ...defaultSettings.routines, custom } });
    await renderPlayer(main);
    const hips = await screen.findByRole('button', { name: 'Hips only' });
    const description = () =>
      document.getElementById(hips.getAttribute('aria-describedby') ?? '')?.textContent;
    // 10 s to get into position, 30 s a side and 8 s to uncross and switch.
    await waitFor(() => expect(description()).toBe('1 min 18 s'));

    await main.api.updateSettings({ routines: { holdS: { piriformis: 45 } } });
    await waitFor(() => expect(description()).toBe('1 min 48 s'));
  });

  it('has no "Your routines" list when the user made none', async () => {
    await renderPlayer(new FakeMain());
    await screen.findByRole('button', { name: 'Desk break' });
    expect(screen.queryByRole('heading', { name: 'Your routines' })).toBeNull();
    expect(screen.getAllByRole('button')).toHaveLength(2);
  });
});

describe('Safety note', () => {
  it('comes first until acknowledged; acknowledging lets main start the routine', async () => {
    const main = new FakeMain({ safetyNoteAcknowledged: false });
    main.startSession({ routineId: 'morning-in-bed' });
    await renderPlayer(main);

    const note = await screen.findByRole('dialog', { name: safetyNote.title });
    expect(note.textContent).toContain(safetyNote.points[0]);
    // It must be read: Escape doesn't dismiss it.
    await fireEvent.keyDown(note, { key: 'Escape' });
    expect(screen.getByRole('dialog', { name: safetyNote.title })).toBeTruthy();

    await fireEvent.click(screen.getByRole('button', { name: 'I understand, start' }));
    expect(main.callCount(invokeChannels.acknowledgeSafetyNote)).toBe(1);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await screen.findByRole('button', { name: 'Pause' });
  });

  it('can be read again from the header, and closes without acknowledging twice', async () => {
    const main = new FakeMain();
    main.startSession({ routineId: 'morning-in-bed' });
    await renderPlayer(main);
    expect(screen.queryByRole('dialog')).toBeNull();

    await fireEvent.click(screen.getByRole('button', { name: 'About stretching safely' }));
    await screen.findByRole('dialog', { name: safetyNote.title });
    await fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(main.callCount(invokeChannels.acknowledgeSafetyNote)).toBe(0);
  });
});
