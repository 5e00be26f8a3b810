import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';

import { buildLimberApi } from '@shared/ipc/build-api';
import { eventChannels, invokeChannels } from '@shared/ipc/channels';
import type { EventPayload } from '@shared/ipc/contract';
import { fail, ok } from '@shared/ipc/result';
import { SNOOZE_COUNT } from '@shared/settings/field-rules';

import { rendererApiFrom } from '../../../src-renderer/src/bridge/api';
import NudgeView from '../../../src-renderer/src/nudge/NudgeView.svelte';

type Nudge = EventPayload<'nudge'>;

const MIN = 60_000;
const firstNudge: Nudge = { sittingMs: 47 * MIN + 40_000, repeat: 0, snoozeMinutes: [5, 10, 20] };

/**
 * Main as the nudge window sees it, over the real contract's channel names: it answers
 * getNudge, records answers, and pushes nudges. `refuseNext` makes the next answer fail, and
 * `hold` keeps answers in flight until released.
 */
/** What a sighted user reads on a button: its text without the screen-reader-only words. */
function visibleText(button: Element): string {
  const copy = button.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  // Leading and doubled spaces collapse on screen, as they do here.
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function nudgeMain(initial: Nudge | null = firstNudge) {
  const listeners = new Set<(payload: unknown) => void>();
  const answers: unknown[] = [];
  let release: () => void = () => undefined;
  const state = { nudge: initial, refuseNext: false, hold: false };
  const api = buildLimberApi({
    async invoke(channel, payload) {
      if (channel === invokeChannels.getNudge) return ok(state.nudge);
      if (channel !== invokeChannels.answerNudge) return fail('unknown-channel', channel);
      answers.push(payload);
      if (state.hold) await new Promise<void>((resolve) => (release = resolve));
      if (state.refuseNext) {
        state.refuseNext = false;
        return fail('failed', 'main is busy');
      }
      return ok(null);
    },
    subscribe(channel, listener) {
      if (channel !== eventChannels.nudge) return () => undefined;
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  });
  const push = (nudge: Nudge | null) => {
    state.nudge = nudge;
    for (const listener of listeners) listener(nudge);
  };
  /** Lets a held answer through. */
  const releaseAnswer = () => {
    state.hold = false;
    release();
  };
  return { api: rendererApiFrom(api), answers, state, push, releaseAnswer };
}

async function openPrompt(main = nudgeMain()) {
  render(NudgeView, { api: main.api });
  await screen.findByRole('heading', { name: 'Time to stand up' });
  return main;
}

describe('Nudge prompt', () => {
  it('says how long the user has sat, in whole minutes, with every way to answer', async () => {
    await openPrompt();
    expect(screen.getByText("You've been sitting for 47 min")).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Stretch now' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Skip' })).toBeTruthy();
    const snooze = screen.getByRole('group', { name: 'Snooze' });
    const names = [...snooze.querySelectorAll('button')].map((b) => b.textContent);
    expect(names).toEqual(['Snooze 5 min', 'Snooze 10 min', 'Snooze 20 min']);
    expect(visibleText(screen.getByRole('button', { name: 'Snooze 10 min' }))).toBe('10 min');
  });

  it('does not take focus when it opens, so typing elsewhere never answers it', async () => {
    await openPrompt();
    expect(document.activeElement).toBe(document.body);
  });

  it('sends each answer to main as the contract spells it', async () => {
    const main = await openPrompt();
    await fireEvent.click(screen.getByRole('button', { name: 'Stretch now' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Snooze 20 min' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Skip' }));
    await waitFor(() => expect(main.answers).toHaveLength(3));
    expect(main.answers).toEqual([
      { action: 'stretch' },
      { action: 'snooze', minutes: 20 },
      { action: 'skip' },
    ]);
  });

  it('offers exactly the snooze lengths main configured', async () => {
    await openPrompt(nudgeMain({ ...firstNudge, snoozeMinutes: [1, 15] }));
    expect(visibleText(screen.getByRole('button', { name: 'Snooze 1 min' }))).toBe('1 min');
    expect(screen.getByRole('button', { name: 'Snooze 15 min' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Snooze 5 min' })).toBeNull();
  });

  it('offers every length settings allow, the most there can be', async () => {
    const lengths = [5, 10, 20, 30];
    expect(lengths).toHaveLength(SNOOZE_COUNT.max);
    await openPrompt(nudgeMain({ ...firstNudge, snoozeMinutes: lengths }));
    const snooze = screen.getByRole('group', { name: 'Snooze' });
    expect([...snooze.querySelectorAll('button')].map(visibleText)).toEqual([
      '5 min',
      '10 min',
      '20 min',
      '30 min',
    ]);
  });

  it('follows main: a repeated nudge updates the time, and no nudge clears the prompt', async () => {
    const main = await openPrompt();
    main.push({ sittingMs: 65 * MIN, repeat: 1, snoozeMinutes: [5, 10, 20] });
    expect(await screen.findByText(/You've been sitting for 1 h 5 min/)).toBeTruthy();
    expect(screen.getByText(/reminder 2/)).toBeTruthy();

    main.push(null);
    expect(await screen.findByText('No reminder right now. Keep going.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Stretch now' })).toBeNull();
  });

  it('answers once even when clicked twice while main is still answering', async () => {
    const main = nudgeMain();
    main.state.hold = true;
    await openPrompt(main);
    const stretch = screen.getByRole('button', { name: 'Stretch now' });
    await fireEvent.click(stretch);
    await fireEvent.click(stretch);
    expect(main.answers).toHaveLength(1);
    expect((stretch as HTMLButtonElement).disabled).toBe(true);
    main.releaseAnswer();
    await waitFor(() => expect((stretch as HTMLButtonElement).disabled).toBe(false));
    expect(main.answers).toHaveLength(1);
  });

  it('says so when main refuses an answer, and lets the user answer again', async () => {
    const main = await openPrompt();
    main.state.refuseNext = true;
    await fireEvent.click(screen.getByRole('button', { name: 'Snooze 5 min' }));
    expect((await screen.findByRole('alert')).textContent).toContain('main is busy');

    await fireEvent.click(screen.getByRole('button', { name: 'Snooze 5 min' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(main.answers).toEqual([
      { action: 'snooze', minutes: 5 },
      { action: 'snooze', minutes: 5 },
    ]);
    expect(screen.getByText("You've been sitting for 47 min")).toBeTruthy();
  });
});
