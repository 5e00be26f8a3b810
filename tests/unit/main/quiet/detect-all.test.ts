import { describe, expect, it } from 'vitest';

import { decideBusy } from '@shared/quiet/busy-policy';
import { clearHold, nudgeFallsDue } from '@shared/quiet/hold';
import { defaultQuietToggles } from '@shared/quiet/quiet-settings';
import { type DetectedKind, no, type Signal, yes } from '@shared/quiet/signal';

import { detectAll } from '../../../../src-main/quiet/detect-all';
import type { BusyDetector } from '../../../../src-main/quiet/quiet-ports';
import { FakeClock } from '../../../support/fake-clock';

const answering = (kind: DetectedKind, signal: Signal): BusyDetector => ({
  kind,
  platform: 'linux',
  detect: async () => signal,
});

/** Never answers by itself; records whether it was told to stop. */
function hanging(kind: DetectedKind) {
  const seen = { aborted: false };
  const detector: BusyDetector = {
    kind,
    platform: 'linux',
    detect: (signal) =>
      new Promise<Signal>(() => {
        signal.addEventListener('abort', () => (seen.aborted = true));
      }),
  };
  return { detector, seen };
}

/** Lets pending promise callbacks run, without moving any clock. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('detectAll', () => {
  it('collects every answer by kind', async () => {
    const clock = new FakeClock();
    const answers = await detectAll([answering('camera', yes), answering('dnd', no)], {
      timers: clock,
    });
    expect(answers).toEqual({ camera: yes, dnd: no });
    expect(clock.pendingCount()).toBe(0); // each deadline timer is cancelled once answered
  });

  it('a detector that hangs answers unknown at 2 s and is told to stop; the others still count', async () => {
    const clock = new FakeClock();
    const stuck = hanging('screencast');
    let done = false;
    const result = detectAll([stuck.detector, answering('microphone', yes)], {
      timers: clock,
      timeoutMs: 2000,
    });
    void result.then(() => (done = true));
    clock.advance(1999);
    await settle();
    expect(done).toBe(false);
    clock.advance(1);
    expect(await result).toEqual({
      screencast: { state: 'unknown', why: 'screen sharing check did not answer within 2 s' },
      microphone: yes,
    });
    expect(stuck.seen.aborted).toBe(true);
  });

  it('a detector that throws, or rejects, answers unknown with its message', async () => {
    const clock = new FakeClock();
    const throwing: BusyDetector = {
      kind: 'fullscreen',
      platform: 'linux',
      detect: () => {
        throw new Error('xprop exploded');
      },
    };
    const rejecting: BusyDetector = {
      kind: 'dnd',
      platform: 'linux',
      detect: () => Promise.reject(new TypeError('cannot read properties of undefined')),
    };
    expect(await detectAll([throwing, rejecting], { timers: clock })).toEqual({
      fullscreen: { state: 'unknown', why: 'full-screen check failed: xprop exploded' },
      dnd: {
        state: 'unknown',
        why: 'Do Not Disturb check failed: cannot read properties of undefined',
      },
    });
  });

  it('two detectors of one kind: yes wins, then no', async () => {
    const clock = new FakeClock();
    const unsure: BusyDetector = {
      kind: 'dnd',
      platform: 'linux',
      detect: () => Promise.reject(new Error('x')),
    };
    expect(await detectAll([unsure, answering('dnd', no)], { timers: clock })).toEqual({ dnd: no });
    expect(
      await detectAll([answering('dnd', no), answering('dnd', yes)], { timers: clock }),
    ).toEqual({ dnd: yes });
  });

  it('a nudge due while one detector hangs and another throws comes on time, ~2 s late at most', async () => {
    const clock = new FakeClock();
    const dueAt = clock.monotonic();
    const result = detectAll(
      [
        hanging('camera').detector,
        { kind: 'dnd', platform: 'linux', detect: () => Promise.reject(new Error('no bus')) },
      ],
      { timers: clock },
    );
    clock.advance(2000);
    const answers = await result;
    const step = nudgeFallsDue(
      clearHold,
      decideBusy(answers, defaultQuietToggles),
      clock.monotonic(),
    );
    expect(step.effect).toBe('deliver');
    expect(clock.monotonic() - dueAt).toBe(2000);
  });
});
