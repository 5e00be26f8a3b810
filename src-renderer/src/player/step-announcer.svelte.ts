import type { PlayerView, RoutineOutcome } from '@shared/routine/types';
import type { Settings } from '@shared/settings/schema';

import type { CuePlayer } from './cue-player';
import type { StretchLookup } from './drawn-stretches';
import type { SpeechPort } from './speech';
import { cuesFrom, type StepObservation } from './step-observer';

/**
 * Turns each new view into what the user hears: words for the polite live region, a chime,
 * and maybe spoken words. Each view is compared with the one seen before it.
 */
export class StepAnnouncer {
  /** The latest words for the live region; stays until the next announcement replaces it. */
  announcement = $state('');
  #seen: StepObservation | undefined;

  constructor(
    private readonly chimes: Pick<CuePlayer, 'play' | 'dispose'>,
    private readonly speech: SpeechPort,
  ) {}

  observe(
    current: PlayerView | undefined,
    outcome: RoutineOutcome | undefined,
    cues: Settings['cues'] | undefined,
    stretchOf: StretchLookup,
  ): void {
    const result = cuesFrom(this.#seen, current, outcome, stretchOf, cues);
    this.#seen = result.observation;
    if (result.announcement) this.announcement = result.announcement;
    if (result.cue && cues) this.chimes.play(result.cue, cues);
    if (result.speech && cues?.voice && this.speech.available()) this.speech.say(result.speech);
  }

  /** Stops sound and speech for good: the window is going away. */
  dispose(): void {
    this.chimes.dispose();
    this.speech.stop();
  }
}
