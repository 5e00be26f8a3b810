import { describe, expect, it } from 'vitest';

import { type DetectedKind, no, yes } from '@shared/quiet/signal';

import type { BusyDetector } from '../../../../src-main/quiet/quiet-ports';
import { createHarness } from '../support/app-harness';

const MIN = 60_000;
const flush = async () => {
  for (let i = 0; i < 5; i++) await new Promise<void>((resolve) => setImmediate(resolve));
};

/** Camera and microphone detectors that answer at once: in use only during a call. */
function callDetectors(state: { inCall: boolean }) {
  return (kinds: readonly DetectedKind[]): BusyDetector[] =>
    kinds
      .filter((kind) => kind === 'camera' || kind === 'microphone')
      .map((kind) => ({
        kind,
        platform: 'linux',
        detect: () => Promise.resolve(state.inCall ? yes : no),
      }));
}

/** Time passes a minute at a time, the detectors' answers arriving in between. */
async function pass(h: ReturnType<typeof createHarness>, minutes: number) {
  for (let minute = 0; minute < minutes; minute++) {
    h.clock.advance(MIN);
    await flush();
  }
}

describe('breaks with the call detectors on', () => {
  it('an absence with no call still becomes a break once the detectors have answered', async () => {
    const state = { inCall: false };
    const h = createHarness({ busyDetectors: callDetectors(state) });
    await pass(h, 20);
    h.idle.stopInput();
    await pass(h, 8);
    expect(h.runtime.sitting.status()).toMatchObject({ away: true, text: 'Away' });
  });

  it('a silent call of an hour stays sitting, and the nudge waits for its end', async () => {
    const state = { inCall: true };
    const h = createHarness({ busyDetectors: callDetectors(state) });
    await pass(h, 5);
    h.idle.stopInput();
    await pass(h, 60);
    expect(h.runtime.sitting.status()).toMatchObject({ away: false });
    expect(h.notifier.shown).toHaveLength(0);
    state.inCall = false;
    h.idle.typing();
    await pass(h, 2);
    expect(h.notifier.shown).toHaveLength(1);
  });
});
