import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';

import { invokeChannels } from '@shared/ipc/channels';
import { defaultSettings } from '@shared/settings/schema';

import { FakeMain } from '../support/fake-main';
import { countdownText, renderPlayer } from '../support/render-player';

const rightPiriformisHold = (step: { kind: string; stretchId: string; side?: string }) =>
  step.kind === 'hold' && step.stretchId === 'piriformis' && step.side === 'right';

describe('PlayerView: what a step shows', () => {
  it('shows the stretch, the side, the countdown and the progress of a per-side hold', async () => {
    const main = new FakeMain();
    main.startSession({ routineId: 'morning-in-bed', at: rightPiriformisHold, intoStepMs: 6_000 });
    await renderPlayer(main);

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Piriformis stretch');
    expect(screen.getByText('Right leg')).toBeTruthy();
    expect(countdownText()).toBe('0:24');
    expect(screen.getByText('Stretch 2 of 7')).toBeTruthy();
    expect(screen.getByText(/^\d+ min left$/)).toBeTruthy();
    expect(screen.getByText('Next: Switch sides')).toBeTruthy();
    expect(screen.getByText('Felt in: Buttock of the crossed leg')).toBeTruthy();
    // Paused snapshot: the one toggling button offers to resume.
    expect(screen.getByRole('button', { name: 'Resume' })).toBeTruthy();
  });

  it('announces the step politely for screen readers', async () => {
    const main = new FakeMain();
    main.startSession({ routineId: 'morning-in-bed', at: rightPiriformisHold });
    await renderPlayer(main);
    const live = document.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toBe('Piriformis stretch, right side. Hold for 30 seconds.');
  });

  it('counts down whole seconds while running, with one timer and none once paused', async () => {
    const main = new FakeMain();
    main.startSession({ routineId: 'morning-in-bed', at: rightPiriformisHold, status: 'running' });
    await renderPlayer(main);
    expect(countdownText()).toBe('0:30');

    // The display wakes just after each whole second, not on a fast interval.
    main.clock.advance(1_050);
    await waitFor(() => expect(countdownText()).toBe('0:29'));
    main.clock.advance(9_000);
    await waitFor(() => expect(countdownText()).toBe('0:20'));
    expect(main.clock.pendingCount()).toBe(1);

    await fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await screen.findByRole('button', { name: 'Resume' });
    expect(main.clock.pendingCount()).toBe(0);
  });

  it('paces cat-cow with the breath: in, then out, counting breaths', async () => {
    const main = new FakeMain();
    main.startSession({
      routineId: 'morning-in-bed',
      at: (step) => step.kind === 'flow',
      status: 'running',
    });
    await renderPlayer(main);
    expect(screen.getByText('Breathe in')).toBeTruthy();
    expect(screen.getByText('Breath 1 of 10')).toBeTruthy();

    main.clock.advance(4_050); // cat-cow breathes in for 4 s
    await screen.findByText('Breathe out');
    main.clock.advance(5_000); // and out for 5 s
    await screen.findByText('Breath 2 of 10');
    expect(screen.getByText('Breathe in')).toBeTruthy();
  });

  it('turns sound cues off and says so on the button', async () => {
    const main = new FakeMain({
      cues: { ...defaultSettings.cues, soundEnabled: true, volume: 60 },
    });
    main.startSession({ routineId: 'desk-break' });
    await renderPlayer(main);
    const toggle = await screen.findByRole('button', { name: 'Sound cues on' });
    expect(toggle.getAttribute('aria-pressed')).toBe('true');

    await fireEvent.click(toggle);
    const off = await screen.findByRole('button', { name: 'Sound cues off' });
    expect(off.getAttribute('aria-pressed')).toBe('false');
    expect(main.settings.cues.soundEnabled).toBe(false);
  });
});

describe('PlayerView: without a session', () => {
  it('offers both routines and starts the one picked', async () => {
    const main = new FakeMain();
    await renderPlayer(main);
    expect(screen.getByRole('button', { name: 'Morning routine' })).toBeTruthy();

    await fireEvent.click(screen.getByRole('button', { name: 'Desk break' }));
    expect(main.calls.at(-1)).toEqual({
      channel: invokeChannels.startRoutine,
      payload: { routineId: 'desk-break' },
    });
    await screen.findByText('Stretch 1 of 3');
  });
});
