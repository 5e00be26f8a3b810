import type { Settings } from '@shared/settings/schema';

import type { Cue } from './cue-plan';
import { type ContextFactory, QuietAudio } from './quiet-audio';

/** One note of a chime: pitch, start offset and loudness relative to the cue volume. */
interface Note {
  hz: number;
  atS: number;
  level: number;
}

// Soft intervals, not alarms: rising to begin, falling to let go, a repeated note to switch.
const chimes: Record<Cue, readonly Note[]> = {
  'hold-start': [
    { hz: 523.25, atS: 0, level: 1 },
    { hz: 783.99, atS: 0.18, level: 0.9 },
  ],
  switch: [
    { hz: 659.25, atS: 0, level: 0.9 },
    { hz: 659.25, atS: 0.22, level: 0.9 },
  ],
  'hold-end': [
    { hz: 783.99, atS: 0, level: 0.9 },
    { hz: 523.25, atS: 0.2, level: 1 },
  ],
  // The breath ticks sit well under the other chimes: they come every few seconds.
  'breath-in': [{ hz: 440, atS: 0, level: 0.35 }],
  'breath-out': [{ hz: 349.23, atS: 0, level: 0.35 }],
  // Count-in and closing ticks come once a second: short, single and quieter still.
  count: [{ hz: 587.33, atS: 0, level: 0.45 }],
  tick: [{ hz: 880, atS: 0, level: 0.2 }],
};

/** Loudest a chime gets at full cue volume: a nudge, never a startle. */
const PEAK_GAIN = 0.25;
const ATTACK_S = 0.02;
const DECAY_S = 1.2;

const defaultContext: ContextFactory = () =>
  typeof AudioContext === 'undefined' ? undefined : new AudioContext();

/**
 * Plays the player's chimes, synthesised with WebAudio (sine tones with a soft attack and a
 * long fade), so no audio files ship and the volume follows the user's setting exactly.
 * Where WebAudio is missing it stays silent rather than failing the player. Between cues the
 * context sleeps (QuietAudio), so a paused or quiet player costs no audio work.
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
    const volume = Math.min(1, percent / 100);
    this.#audio.play((context) => chimes[cue].map((note) => ring(context, note, volume)));
  }

  /** Releases the audio device. */
  dispose(): void {
    this.#audio.dispose();
  }
}

function ring(context: AudioContext, note: Note, volume: number): OscillatorNode {
  const start = context.currentTime + note.atS;
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.type = 'sine';
  oscillator.frequency.value = note.hz;
  gain.gain.setValueAtTime(0, start);
  gain.gain.linearRampToValueAtTime(PEAK_GAIN * volume * note.level, start + ATTACK_S);
  // Exponential ramps cannot reach 0: fade to inaudible instead.
  gain.gain.exponentialRampToValueAtTime(0.0001, start + ATTACK_S + DECAY_S);
  oscillator.connect(gain).connect(context.destination);
  oscillator.start(start);
  oscillator.stop(start + ATTACK_S + DECAY_S + 0.05);
  return oscillator;
}
