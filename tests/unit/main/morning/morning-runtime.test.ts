import { describe, expect, it } from 'vitest';

import { invokeChannels } from '@shared/ipc/channels';
import { defaultSettings } from '@shared/settings/schema';

import { createHarness } from '../support/app-harness';

const MIN = 60_000;

/** An app started at 08:00 UTC on a Monday, with the morning routine offered at `time`. */
function morningAt(time: string) {
  const settings = {
    ...defaultSettings,
    safetyNoteAcknowledged: true,
    morning: { ...defaultSettings.morning, enabled: true, time },
  };
  return createHarness({ settingsText: JSON.stringify(settings), timeZone: 'UTC' });
}

describe('the morning offer in the composed app', () => {
  it('arrives at its time as a notification and in the prompt window, with the routine size', async () => {
    const h = morningAt('08:30');
    h.clock.advance(29 * MIN);
    expect(await h.invoke(invokeChannels.getMorningOffer)).toEqual({ ok: true, value: null });
    h.clock.advance(1 * MIN);
    const offer = await h.invoke(invokeChannels.getMorningOffer);
    expect(offer).toMatchObject({ ok: true, value: { kind: 'on-time', title: 'Good morning' } });
    expect(h.notifier.shown.at(-1)).toMatchObject({ title: 'Good morning' });
    expect(h.notifier.shown.at(-1)?.body).toMatch(/^7 stretches, about \d+ minutes$/);
    expect(h.windows.showNudge).toHaveBeenCalledTimes(1);
    expect(h.broadcasts.filter((b) => b.event === 'morningOffer').at(-1)?.payload).toMatchObject({
      kind: 'on-time',
    });
  });

  it('Start plays the morning routine in the player and takes the offer away', async () => {
    const h = morningAt('08:30');
    h.clock.advance(30 * MIN);
    // The user sees it first: the prompt shows once main is done deciding.
    expect(await h.invoke(invokeChannels.getMorningOffer)).toMatchObject({
      value: { kind: 'on-time' },
    });
    await h.invoke(invokeChannels.answerMorning, { answer: 'start' });
    expect(h.runtime.session.snapshot()?.timeline.routineId).toBe('morning-in-bed');
    expect(h.windows.showPlayer).toHaveBeenCalled();
    expect(h.windows.closeNudge).toHaveBeenCalled();
    expect(await h.invoke(invokeChannels.getMorningOffer)).toEqual({ ok: true, value: null });
  });

  it('an app started after the time, before the catch-up window closes, offers at once', async () => {
    const h = morningAt('07:30');
    expect(await h.invoke(invokeChannels.getMorningOffer)).toMatchObject({
      value: { kind: 'catch-up' },
    });
  });

  it('Later offers again half an hour on; Not today ends the day', async () => {
    const h = morningAt('08:30');
    h.clock.advance(30 * MIN);
    await h.invoke(invokeChannels.answerMorning, { answer: 'later' });
    h.clock.advance(29 * MIN);
    expect(await h.invoke(invokeChannels.getMorningOffer)).toEqual({ ok: true, value: null });
    h.clock.advance(1 * MIN);
    expect(await h.invoke(invokeChannels.getMorningOffer)).toMatchObject({
      value: { kind: 'later' },
    });
    await h.invoke(invokeChannels.answerMorning, { answer: 'not-today' });
    const shown = h.notifier.shown.length;
    h.clock.advance(10 * 60 * MIN);
    const later = h.notifier.shown.slice(shown).map((n) => n.title);
    expect(later.filter((title) => /morning/i.test(title))).toEqual([]);
  });
});
