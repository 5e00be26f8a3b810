import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';

import { FakeMain } from '../support/fake-main';
import { renderPlayer } from '../support/render-player';

async function runningDeskBreak(): Promise<FakeMain> {
  const main = new FakeMain();
  main.startSession({
    routineId: 'desk-break',
    at: (step) => step.kind === 'hold' && step.side === 'right',
    intoStepMs: 5_000,
    status: 'running',
  });
  await renderPlayer(main);
  return main;
}

const press = (key: string, target: Element = document.body) => fireEvent.keyDown(target, { key });

describe('PlayerView keyboard', () => {
  it('Space pauses and resumes, arrows go back and skip', async () => {
    const main = await runningDeskBreak();

    await press(' ');
    await screen.findByRole('button', { name: 'Resume' });
    await press(' ');
    await screen.findByRole('button', { name: 'Pause' });
    await press('ArrowRight');
    await press('ArrowLeft');

    expect(main.actions()).toEqual(['pause', 'resume', 'next', 'back']);
  });

  it('pauses on Space even while Skip still has the focus from a click', async () => {
    const main = await runningDeskBreak();
    const skip = screen.getByRole('button', { name: 'Skip' });
    await fireEvent.click(skip);
    skip.focus();
    const down = new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true });
    skip.dispatchEvent(down);
    const up = new KeyboardEvent('keyup', { key: ' ', bubbles: true, cancelable: true });
    skip.dispatchEvent(up);
    await screen.findByRole('button', { name: 'Resume' });
    // The button does not take Space as a second press of Skip.
    expect(down.defaultPrevented && up.defaultPrevented).toBe(true);
    expect(main.actions()).toEqual(['next', 'pause']);
  });

  it('shows the shortcuts on screen', async () => {
    await runningDeskBreak();
    expect(screen.getByText('Space pause · ← → back, skip · Esc end')).toBeTruthy();
  });

  it('Escape asks before ending, and Escape again keeps going with focus back', async () => {
    const main = await runningDeskBreak();
    const pause = screen.getByRole('button', { name: 'Pause' });
    pause.focus();

    await press('Escape', pause);
    const dialog = await screen.findByRole('dialog', { name: 'End this routine?' });
    expect(dialog.contains(document.activeElement)).toBe(true);
    // The question pauses the routine; shortcuts are off while it is open.
    await screen.findByText('Paused');
    await press(' ', dialog);
    expect(main.actions()).toEqual(['pause']);

    await press('Escape', document.activeElement ?? dialog);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(pause);
    // It was running before the question: keeping going resumes it.
    await waitFor(() => expect(main.actions()).toEqual(['pause', 'resume']));
  });

  it('keeps Tab inside the confirm dialog', async () => {
    await runningDeskBreak();
    await fireEvent.click(screen.getByRole('button', { name: 'End' }));
    const keepGoing = await screen.findByRole('button', { name: 'Keep going' });
    const endRoutine = screen.getByRole('button', { name: 'End routine' });
    // Focus starts on the safe choice.
    expect(document.activeElement).toBe(keepGoing);

    await fireEvent.keyDown(keepGoing, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(endRoutine);
    await fireEvent.keyDown(endRoutine, { key: 'Tab' });
    expect(document.activeElement).toBe(keepGoing);
  });

  it('"Keep going" closes the question; "End routine" ends and shows the end screen', async () => {
    const main = await runningDeskBreak();
    await fireEvent.click(screen.getByRole('button', { name: 'End' }));
    await fireEvent.click(await screen.findByRole('button', { name: 'Keep going' }));
    expect(screen.queryByRole('dialog')).toBeNull();

    await fireEvent.click(screen.getByRole('button', { name: 'End' }));
    await fireEvent.click(await screen.findByRole('button', { name: 'End routine' }));
    await waitFor(() => expect(main.actions()).toEqual(['pause', 'resume', 'pause', 'end']));
    await screen.findByRole('heading', { name: 'Routine ended' });
  });
});
