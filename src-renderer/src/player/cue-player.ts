import type { Settings } from '@shared/settings/schema';

import { defaultContext, ringChime } from './chimes';
import type { Cue } from './cue-plan';
import { type ContextFactory, QuietAudio } from './quiet-audio';

/**
 * Plays the player's chimes (chimes.ts). Where WebAudio is missing it stays silent rather than
 * failing the player. Between cues the context sleeps (QuietAudio), so a paused or quiet player
 * costs no audio work.
 */
export class CuePlayer {
  readonly #audio: QuietAudio;

  constructor(createContext: ContextFactory = defaultContext) {
    this.#audio = new QuietAudio(createContext);
  }

  /** Rings `cue` if sound cues are on and the volume (0–100 %) is above zero. */
  play(
    cue: Cue,
    { soundEnabled, volume: percent }: Pick<Settings['cues'], 'soundEnabled' | 'volume'>,
  ): void {
    if (!soundEnabled || percent <= 0) return;
    this.#audio.play((context) => ringChime(context, cue, percent));
  }

  /** Releases the audio device. */
  dispose(): void {
    this.#audio.dispose();
  }
}
