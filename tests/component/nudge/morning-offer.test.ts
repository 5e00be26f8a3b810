import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';

import { eventChannels, invokeChannels } from '@shared/ipc/channels';
import type { EventPayload } from '@shared/ipc/contract';
import { fail, ok } from '@shared/ipc/result';

import { rendererApiFrom } from '../../../src-renderer/src/bridge/api';
import NudgeView from '../../../src-renderer/src/nudge/NudgeView.svelte';
import { FakeTransport } from '../support/fake-transport';

type Offer = EventPayload<'morningOffer'>;
type Nudge = EventPayload<'nudge'>;

const offer: Offer = {
  kind: 'on-time',
  routineId: 'morning-in-bed',
  title: 'Good morning',
  body: '7 stretches, about 9 minutes',
};
const nudge: Nudge = { sittingMs: 50 * 60_000, repeat: 0, snoozeMinutes: [5, 10, 20] };

/** Main as the prompt window sees it: a morning offer and perhaps a nudge, both pushable. */
function promptMain(state: { offer: Offer; nudge: Nudge; refuse?: boolean }) {
  const transport = new FakeTransport();
  transport.handle('getMorningOffer', () => ok(state.offer));
  transport.handle('getNudge', () => ok(state.nudge));
  transport.handle('answerMorning', () =>
    state.refuse ? fail('failed', 'main is busy') : ok(null),
  );
  render(NudgeView, { api: rendererApiFrom(transport.api) });
  return {
    answers: () => transport.payloadsOf(invokeChannels.answerMorning),
    pushOffer: (next: Offer) => transport.emit(eventChannels.morningOffer, next),
  };
}

describe('Morning offer in the prompt window', () => {
  it("shows main's greeting and what the routine asks, without taking focus", async () => {
    promptMain({ offer, nudge: null });
    await screen.findByRole('heading', { name: 'Good morning' });
    expect(screen.getByText('7 stretches, about 9 minutes')).toBeTruthy();
    expect(screen.getByText('Later asks again in 30 minutes.')).toBeTruthy();
    expect(document.activeElement).toBe(document.body);
  });

  it('sends Start, Later and Not today to main as the contract spells them', async () => {
    const main = promptMain({ offer, nudge: null });
    await fireEvent.click(await screen.findByRole('button', { name: 'Start' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Later' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Not today' }));
    await waitFor(() => expect(main.answers()).toHaveLength(3));
    expect(main.answers()).toEqual([
      { answer: 'start' },
      { answer: 'later' },
      { answer: 'not-today' },
    ]);
  });

  it('comes before a waiting nudge, which shows once the offer is answered', async () => {
    const main = promptMain({ offer, nudge });
    await screen.findByRole('heading', { name: 'Good morning' });
    expect(screen.queryByRole('heading', { name: 'Time to stand up' })).toBeNull();
    main.pushOffer(null);
    await screen.findByRole('heading', { name: 'Time to stand up' });
  });

  it('says when main refused, and keeps the buttons for another try', async () => {
    const main = promptMain({ offer, nudge: null, refuse: true });
    await fireEvent.click(await screen.findByRole('button', { name: 'Later' }));
    expect((await screen.findByRole('alert')).textContent).toContain('main is busy');
    expect((screen.getByRole('button', { name: 'Start' }) as HTMLButtonElement).disabled).toBe(
      false,
    );
    expect(main.answers()).toEqual([{ answer: 'later' }]);
  });
});
