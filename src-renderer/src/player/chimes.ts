import type { Cue } from './cue-plan';
import type { ContextFactory } from './quiet-audio';

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

export const defaultContext: ContextFactory = () =>
  typeof AudioContext === 'undefined' ? undefined : new AudioContext();

/**
 * Schedules `cue`'s notes on `context` at `percent` of full volume: sine tones with a soft
 * attack and a long fade, synthesised so no audio files ship and the volume follows the user's
 * setting exactly. Returns the notes, so a caller can tell when the last has faded.
 */
export function ringChime(context: AudioContext, cue: Cue, percent: number): OscillatorNode[] {
  const volume = Math.min(1, percent / 100);
  return chimes[cue].map((note) => ring(context, note, volume));
}

/**
 * Rings `cue` once on a context of its own, closed as soon as the chime has faded: for a window
 * that plays a chime now and then (the settings' Test sound), without the player's CuePlayer.
 * Silent, never throwing, where WebAudio is missing or the volume is zero.
 */
export function ringChimeOnce(
  cue: Cue,
  percent: number,
  createContext: ContextFactory = defaultContext,
): void {
  if (percent <= 0) return;
  let context: AudioContext | undefined;
  try {
    context = createContext();
  } catch {
    return;
  }
  if (!context) return;
  const notes = ringChime(context, cue, percent);
  let sounding = notes.length;
  for (const note of notes) {
    note.onended = () => {
      if (--sounding === 0) void context.close().catch(() => undefined);
    };
  }
  if (context.state !== 'running') void context.resume().catch(() => undefined);
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
