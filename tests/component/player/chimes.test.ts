import { describe, expect, it } from 'vitest';

import { ringChimeOnce } from '../../../src-renderer/src/player/chimes';
import { CuePlayer } from '../../../src-renderer/src/player/cue-player';
import { FakeAudioContext, flush } from '../support/fake-audio';

describe('ringChimeOnce', () => {
  it("rings the player's own chime at the volume asked, then closes its context once it has faded", async () => {
    const player = new FakeAudioContext();
    new CuePlayer(() => player.asContext).play('hold-start', { soundEnabled: true, volume: 40 });

    const once = new FakeAudioContext();
    ringChimeOnce('hold-start', 40, () => once.asContext);
    expect(once.frequencies).toEqual(player.frequencies);
    expect(once.peaks).toEqual(player.peaks);

    once.play(0.5);
    await flush();
    // The second note is still fading.
    expect(once.calls).toEqual([]);
    once.play(1.5);
    await flush();
    expect(once.calls).toEqual(['close']);
  });

  it('wakes a context that starts suspended', () => {
    const context = new FakeAudioContext({ state: 'suspended' });
    ringChimeOnce('hold-start', 100, () => context.asContext);
    expect(context.calls).toEqual(['resume']);
  });

  it('stays silent at volume zero, and without throwing where WebAudio is missing', () => {
    const made: FakeAudioContext[] = [];
    ringChimeOnce('hold-start', 0, () => {
      const context = new FakeAudioContext();
      made.push(context);
      return context.asContext;
    });
    expect(made).toEqual([]);
    expect(() => ringChimeOnce('hold-start', 100, () => undefined)).not.toThrow();
    expect(() =>
      ringChimeOnce('hold-start', 100, () => {
        throw new Error('no audio device');
      }),
    ).not.toThrow();
  });
});
