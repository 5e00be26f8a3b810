import { render, screen } from '@testing-library/svelte';

import { rendererApiFrom } from '../../../src-renderer/src/bridge/api';
import type { Cue } from '../../../src-renderer/src/player/cue-plan';
import PlayerView from '../../../src-renderer/src/player/PlayerView.svelte';
import type { SpeechPort } from '../../../src-renderer/src/player/speech';
import type { FakeMain } from './fake-main';

/** Records each chime with `at()` as it rang: a clock reading, or what the countdown showed. */
export class ChimeRecorder<T = unknown> {
  readonly heard: { cue: Cue; at: T }[] = [];
  constructor(private readonly now: () => T) {}
  play(cue: Cue): void {
    this.heard.push({ cue, at: this.now() });
  }
  dispose(): void {}
}

/** A voice that writes down what it would say; `voices` false is a system with none. */
export class FakeSpeech implements SpeechPort {
  readonly said: string[] = [];
  constructor(private readonly voices = true) {}
  available(): boolean {
    return this.voices;
  }
  say(text: string): void {
    if (this.voices) this.said.push(text);
  }
  stop(): void {}
}

/**
 * Opens the player against a fake main, sharing main's manual clock, and waits until main's
 * first answer is on screen.
 */
export async function renderPlayer(
  main: FakeMain,
  ports: { speech?: SpeechPort; chimes?: ChimeRecorder } = {},
): Promise<void> {
  render(PlayerView, {
    api: rendererApiFrom(main.api),
    clock: main.clock.monotonic,
    timers: main.clock,
    ...ports,
  });
  await screen.findByRole('main');
}

/** The countdown's text: what the user reads as time left in the step. */
export const countdownText = (): string | null =>
  screen.getByRole('timer', { name: 'Time left' }).textContent;
