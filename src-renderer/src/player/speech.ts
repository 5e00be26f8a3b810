/**
 * The player's voice: a small port over speechSynthesis, so component tests hand in a fake and
 * the player never touches the platform's speech directly.
 */
export interface SpeechPort {
  /** True when something can speak: the API exists and the system has at least one voice. */
  available(): boolean;
  /** Says `text`, cutting off anything still being said: the newest cue is the one that matters. */
  say(text: string): void;
  /** Stops talking (the window closes, the routine is paused). */
  stop(): void;
}

/** The browser's speechSynthesis; silent and unavailable where it is missing. */
export function browserSpeech(): SpeechPort {
  const synth = typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;
  return {
    available: () => (synth?.getVoices().length ?? 0) > 0,
    say(text) {
      if (!synth || synth.getVoices().length === 0) return;
      synth.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      // A little slower than the default: heard with eyes closed, half asleep.
      utterance.rate = 0.9;
      synth.speak(utterance);
    },
    stop: () => synth?.cancel(),
  };
}

/** Speaks nothing and says so: for tests and for windows that never talk. */
export const noSpeech: SpeechPort = {
  available: () => false,
  say: () => undefined,
  stop: () => undefined,
};
