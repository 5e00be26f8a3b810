import { describe, expect, it } from 'vitest';

import { CuePlayer } from '../../../src-renderer/src/player/cue-player';

/** Just enough of an AudioContext to see which tones would sound, and how loud. */
function fakeAudio() {
  const peaks: number[] = [];
  const frequencies: number[] = [];
  const context = {
    state: 'running',
    currentTime: 0,
    destination: {},
    createOscillator: () => ({
      type: 'sine',
      frequency: {
        set value(hz: number) {
          frequencies.push(hz);
        },
      },
      connect: (node: unknown) => node,
      start: () => undefined,
      stop: () => undefined,
    }),
    createGain: () => ({
      gain: {
        setValueAtTime: () => undefined,
        linearRampToValueAtTime: (value: number) => peaks.push(value),
        exponentialRampToValueAtTime: () => undefined,
      },
      connect: (node: unknown) => node,
    }),
    resume: async () => undefined,
    close: async () => undefined,
  };
  return { context: context as unknown as AudioContext, peaks, frequencies };
}

describe('CuePlayer', () => {
  it('rings rising notes to start a hold and falling ones to let go, scaled by volume', () => {
    const audio = fakeAudio();
    const player = new CuePlayer(() => audio.context);
    player.play('hold-start', { soundEnabled: true, volume: 100 });
    const [low, high] = audio.frequencies;
    expect(high).toBeGreaterThan(low ?? Infinity);
    const loud = Math.max(...audio.peaks);

    audio.peaks.length = 0;
    player.play('hold-end', { soundEnabled: true, volume: 50 });
    expect(audio.frequencies[2]).toBeGreaterThan(audio.frequencies[3] ?? Infinity);
    expect(Math.max(...audio.peaks)).toBeCloseTo(loud / 2, 5);
  });

  it('stays silent when sound cues are off or the volume is zero', () => {
    const audio = fakeAudio();
    const player = new CuePlayer(() => audio.context);
    player.play('switch', { soundEnabled: false, volume: 100 });
    player.play('switch', { soundEnabled: true, volume: 0 });
    expect(audio.frequencies).toEqual([]);
  });

  it('does nothing, without throwing, where WebAudio is missing', () => {
    const player = new CuePlayer(() => undefined);
    expect(() => player.play('hold-start', { soundEnabled: true, volume: 100 })).not.toThrow();
  });
});
