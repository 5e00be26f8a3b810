import { render, screen } from '@testing-library/svelte';
import { rendererApiFrom } from '../../../src-renderer/src/bridge/api';
import PlayerView from '../../../src-renderer/src/player/PlayerView.svelte';
import type { FakeMain } from './fake-main';

/**
 * Opens the player against a fake main, sharing main's manual clock, and waits until main's
 * first answer is on screen.
 */
export async function renderPlayer(main: FakeMain): Promise<void> {
  render(PlayerView, {
    api: rendererApiFrom(main.api),
    clock: main.clock.monotonic,
    timers: main.clock,
  });
  await screen.findByRole('main');
}

/** The countdown's text: what the user reads as time left in the step. */
export const countdownText = (): string | null =>
  screen.getByRole('timer', { name: 'Time left' }).textContent;
