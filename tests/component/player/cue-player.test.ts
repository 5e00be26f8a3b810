import { describe, expect, it } from 'vitest';

import { CuePlayer } from '../../../src-renderer/src/player/cue-player';
import { FakeAudioContext, type FakeAudioOptions, flush } from '../support/fake-audio';

const on = { soundEnabled: true, volume: 100 };

/** A player over fake contexts; each new context is made with `options` and kept in `made`. */
function playerWith(options: FakeAudioOptions = {}) {
  const made: FakeAudioContext[] = [];
  const player = new CuePlayer(() => {
    const context = new FakeAudioContext(options);
    made.push(context);
    return context.asContext;
  });
  return { player, made, context: () => made[made.length - 1] as FakeAudioContext };
}

describe('CuePlayer', () => {
  it('rings rising notes to start a hold and falling ones to let go, scaled by volume', () => {
    const { player, context } = playerWith();
    player.play('hold-start', on);
    const [low, high] = context().frequencies;
    expect(high).toBeGreaterThan(low ?? Infinity);
    const loud = Math.max(...context().peaks);

    context().peaks.length = 0;
    player.play('hold-end', { soundEnabled: true, volume: 50 });
    expect(context().frequencies[2]).toBeGreaterThan(context().frequencies[3] ?? Infinity);
    expect(Math.max(...context().peaks)).toBeCloseTo(loud / 2, 5);
  });

  it('stays silent when sound cues are off or the volume is zero, without waking the audio', () => {
    const { player, made } = playerWith();
    player.play('switch', { soundEnabled: false, volume: 100 });
    player.play('switch', { soundEnabled: true, volume: 0 });
    expect(made).toEqual([]);
  });

  it('does nothing, without throwing, where WebAudio is missing', () => {
    const player = new CuePlayer(() => undefined);
    expect(() => player.play('hold-start', on)).not.toThrow();
  });

  it('lets the audio sleep once the last chime has faded, and wakes it for the next one', async () => {
    const { player, context } = playerWith();
    player.play('hold-start', on);
    context().play(0.5);
    await flush();
    // The second note is still fading: the context keeps running.
    expect(context().state).toBe('running');

    context().play(1.5);
    await flush();
    expect(context().state).toBe('suspended');
    expect(context().calls).toEqual(['suspend']);

    // A paused or quiet player asks nothing more of it: it stays asleep.
    await flush();
    expect(context().state).toBe('suspended');

    player.play('switch', on);
    await flush();
    expect(context().state).toBe('running');
    expect(context().sounding).toBe(2);
    context().play(2);
    await flush();
    expect(context().state).toBe('suspended');
    expect(context().calls).toEqual(['suspend', 'resume', 'suspend']);
  });

  it('keeps running while chimes overlap, and sleeps only after the last one', async () => {
    const { player, context } = playerWith();
    player.play('count', on);
    context().play(0.6);
    player.play('count', on);
    context().play(0.7);
    await flush();
    // The first tick has ended, the second is still sounding.
    expect(context().sounding).toBe(1);
    expect(context().state).toBe('running');

    context().play(0.7);
    await flush();
    expect(context().state).toBe('suspended');
  });

  it('starts a context that began suspended (no gesture yet) for the first chime', async () => {
    const { player, context } = playerWith({ state: 'suspended' });
    player.play('hold-start', on);
    await flush();
    expect(context().state).toBe('running');
  });

  it.each([
    ['settles the suspend first', {}],
    ['settles the resume first', { resumeLosesToSuspend: true }],
  ])(
    'plays a chime asked for while a suspend is under way, when the browser %s',
    async (_, order) => {
      const { player, context } = playerWith({ holdSuspend: true, ...order });
      player.play('tick', on);
      context().play(1.5);
      await flush();
      expect(context().calls).toEqual(['suspend']);

      player.play('hold-start', on);
      await flush();
      context().finishSuspend();
      await flush();

      expect(context().state).toBe('running');
      expect(context().sounding).toBe(2);
      // The chime is heard in full, and then the context sleeps again.
      context().play(2);
      await flush();
      expect(context().sounding).toBe(0);
      expect(context().calls.at(-1)).toBe('suspend');
    },
  );

  it('rings on a fresh context when the old one will not resume', async () => {
    let attempt = 0;
    const made: FakeAudioContext[] = [];
    const player = new CuePlayer(() => {
      attempt += 1;
      const context = new FakeAudioContext(
        attempt === 1 ? { state: 'suspended', resumeFails: true } : {},
      );
      made.push(context);
      return context.asContext;
    });
    player.play('hold-start', on);
    await flush();

    const [broken, fresh] = made;
    expect(broken?.calls).toEqual(['resume', 'close']);
    expect(fresh?.state).toBe('running');
    expect(fresh?.frequencies).toHaveLength(2);
  });

  it('stays quiet, without an unhandled error, when no context will resume', async () => {
    const { player, made } = playerWith({ state: 'suspended', resumeFails: true });
    player.play('hold-start', on);
    await flush();
    // One fresh try, then it gives up on this cue; the next cue tries again.
    expect(made).toHaveLength(2);
    player.play('switch', on);
    await flush();
    expect(made).toHaveLength(4);
  });

  it('replaces a context that was closed under it', async () => {
    const { player, made } = playerWith();
    player.play('tick', on);
    await made[0]?.close();
    player.play('hold-start', on);
    await flush();
    expect(made).toHaveLength(2);
    expect(made[1]?.frequencies).toHaveLength(2);
    expect(made[1]?.state).toBe('running');
  });

  it('releases the audio device when the window closes, ignoring chimes that end after', async () => {
    const { player, context } = playerWith();
    player.play('hold-start', on);
    player.dispose();
    context().state = 'running'; // Even if the close is still under way, nothing more is asked.
    context().play(2);
    await flush();
    expect(context().calls).toEqual(['close']);
  });
});
