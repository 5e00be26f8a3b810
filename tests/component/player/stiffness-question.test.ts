import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';

import { invokeChannels } from '@shared/ipc/channels';
import { ok } from '@shared/ipc/result';
import { defaultSettings, type Settings } from '@shared/settings/schema';

import { rendererApiFrom } from '../../../src-renderer/src/bridge/api';
import StiffnessQuestion from '../../../src-renderer/src/player/StiffnessQuestion.svelte';
import { FakeMain } from '../support/fake-main';
import { FakeTransport } from '../support/fake-transport';
import { renderPlayer } from '../support/render-player';

/** Main after a routine ended: the session it finished and the settings it keeps. */
function finished(options: {
  routineId?: 'morning-in-bed' | 'desk-break';
  outcome?: 'completed' | 'ended-early';
  askStiffness?: boolean;
}) {
  const main = new FakeMain();
  main.startSession({ routineId: options.routineId ?? 'morning-in-bed' });
  const totalMs = main.timeline?.totalMs ?? 0;
  main.player = {
    status: 'finished',
    positionMs: totalMs,
    activeMs: totalMs,
    outcome: options.outcome ?? 'completed',
  };
  const settings: Settings = {
    ...defaultSettings,
    morning: { ...defaultSettings.morning, askStiffness: options.askStiffness ?? true },
  };
  const transport = new FakeTransport();
  transport.handle('getSession', () => ok(main.snapshot()));
  transport.handle('getSettings', () => ok(settings));
  transport.handle('rateStiffness', () => ok(null));
  transport.handle('openHistory', () => ok(null));
  render(StiffnessQuestion, { api: rendererApiFrom(transport.api) });
  return {
    ratings: () => transport.payloadsOf(invokeChannels.rateStiffness),
    historyOpened: () => transport.payloadsOf(invokeChannels.openHistory).length,
  };
}

/**
 * Main's fake answers are promise chains with no timers: one macrotask turn runs them all, so
 * a test can then say the question did not come (no time passes, nothing is slept on).
 */
const answersIn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const question = () => screen.queryByRole('group', { name: 'How does your back feel today?' });

describe('Stiffness question', () => {
  it('asks after the morning routine, 0 loose to 10 very stiff, and one tap records it', async () => {
    const main = finished({});
    await waitFor(() => expect(question()).toBeTruthy());
    const scores = [...question()!.querySelectorAll('button')].map((b) => b.textContent?.trim());
    expect(scores).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(screen.getByRole('button', { name: '0, loose' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '10, very stiff' })).toBeTruthy();

    await fireEvent.click(screen.getByRole('button', { name: '4' }));
    expect(await screen.findByText('Thanks, noted: 4 out of 10.')).toBeTruthy();
    expect(question()).toBeNull();
    expect(main.ratings()).toEqual([{ score: 4 }]);
  });

  it('can be skipped, and then records nothing', async () => {
    const main = finished({});
    await waitFor(() => expect(question()).toBeTruthy());
    await fireEvent.click(screen.getByRole('button', { name: 'Skip this question' }));
    expect(question()).toBeNull();
    expect(main.ratings()).toEqual([]);
  });

  it.each([
    ['the setting is off', { askStiffness: false }],
    ['another routine finished', { routineId: 'desk-break' as const }],
    ['the routine was ended early', { outcome: 'ended-early' as const }],
  ])('stays away when %s', async (_when, setup) => {
    finished(setup);
    await screen.findByRole('button', { name: 'See your history' });
    await answersIn();
    expect(question()).toBeNull();
  });

  it('opens the history from "See your history"', async () => {
    const main = finished({ askStiffness: false });
    await fireEvent.click(await screen.findByRole('button', { name: 'See your history' }));
    await waitFor(() => expect(main.historyOpened()).toBe(1));
  });

  it('sits on the end screen of a finished morning routine', async () => {
    const main = new FakeMain();
    main.startSession({ routineId: 'morning-in-bed' });
    const totalMs = main.timeline?.totalMs ?? 0;
    main.player = {
      status: 'finished',
      positionMs: totalMs,
      activeMs: totalMs,
      outcome: 'completed',
    };
    // The end screen finds the bridge the way the app's page does.
    window.limber = main.api;
    await renderPlayer(main);
    await waitFor(() => expect(question()).toBeTruthy());
    expect(screen.getByRole('heading', { name: 'Well done' })).toBeTruthy();
  });
});
