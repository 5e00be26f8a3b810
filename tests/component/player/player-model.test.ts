import { waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';

import { rendererApiFrom } from '../../../src-renderer/src/bridge/api';
import { PlayerModel } from '../../../src-renderer/src/player/player-model.svelte';
import { FakeMain } from '../support/fake-main';

/** A page whose visibility the test flips. */
function fakeVisibility() {
  let hidden = false;
  let listener = () => {};
  return {
    source: {
      isHidden: () => hidden,
      onChange: (next: () => void) => {
        listener = next;
        return () => (listener = () => {});
      },
    },
    set(value: boolean) {
      hidden = value;
      listener();
    },
  };
}

async function connectedModel(main: FakeMain, visibility = fakeVisibility()) {
  const model = new PlayerModel({
    api: rendererApiFrom(main.api),
    clock: main.clock.monotonic,
    timers: main.clock,
    visibility: visibility.source,
  });
  const dispose = model.connect();
  await waitFor(() => expect(model.loaded).toBe(true));
  return { model, dispose, visibility };
}

describe('PlayerModel', () => {
  it('sleeps while the window is hidden and catches up when shown', async () => {
    const main = new FakeMain();
    main.startSession({ routineId: 'desk-break', status: 'running' });
    const { model, visibility } = await connectedModel(main);
    expect(main.clock.pendingCount()).toBe(1);

    visibility.set(true);
    expect(main.clock.pendingCount()).toBe(0);
    main.clock.advance(4_000);
    visibility.set(false);
    // The countdown is computed from time, not ticks: nothing was lost while asleep.
    expect(model.view?.stepRemainingMs).toBe(6_000);
    expect(main.clock.pendingCount()).toBe(1);
  });

  it('shows what main pushes, and stops listening once disposed', async () => {
    const main = new FakeMain();
    main.startSession({ routineId: 'desk-break' });
    const { model, dispose } = await connectedModel(main);
    expect(model.view?.stretchNumber).toBe(1);

    main.startSession({ routineId: 'desk-break', at: (step) => step.kind === 'flow' });
    main.pushSession();
    expect(model.view?.stretchNumber).toBe(3);

    dispose();
    main.startSession({ routineId: 'desk-break' });
    main.pushSession();
    expect(model.view?.stretchNumber).toBe(3);
    expect(main.clock.pendingCount()).toBe(0);
  });

  it('keeps main error in words instead of throwing', async () => {
    const main = new FakeMain();
    const { model } = await connectedModel(main);
    await model.control('pause');
    expect(model.error).toBe('No routine is running.');
  });
});
