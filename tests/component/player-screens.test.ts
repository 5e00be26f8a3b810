import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { safetyNote } from '../../shared/content/safety';
import { invokeChannels } from '../../shared/ipc/channels';
import { FakeMain } from './support/fake-main';
import { renderPlayer } from './support/render-player';

function finishedMain(outcome: 'completed' | 'ended-early', activeMs: number): FakeMain {
  const main = new FakeMain();
  main.startSession({ routineId: 'morning-in-bed' });
  const totalMs = main.timeline?.totalMs ?? 0;
  main.player = { status: 'finished', positionMs: totalMs, activeMs, outcome };
  return main;
}

describe('End screen', () => {
  it('congratulates a completed routine with the time spent', async () => {
    await renderPlayer(finishedMain('completed', 510_000));
    expect(screen.getByRole('heading', { name: 'Well done' })).toBeTruthy();
    expect(screen.getByText('You stretched for 8 min 30 s')).toBeTruthy();
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
