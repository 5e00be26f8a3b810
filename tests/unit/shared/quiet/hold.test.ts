import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { type BusyDecision, notBusy } from '@shared/quiet/busy-policy';
import {
  clearHold,
  defaultHoldConfig,
  type HoldState,
  isHolding,
  nextCheckAtMono,
  nudgeFallsDue,
  recheck,
  releaseHold,
} from '@shared/quiet/hold';

const busy = (...reasons: BusyDecision['reasons']): BusyDecision => ({ busy: true, reasons });
const S = 1_000;

describe('hold state machine', () => {
  it('shows a nudge at once when nobody is busy, and holds nothing', () => {
    const step = nudgeFallsDue(clearHold, notBusy, 100 * S);
    expect(step).toEqual({ state: clearHold, effect: 'deliver' });
    expect(nextCheckAtMono(step.state)).toBeNull();
  });

  it('holds a nudge due while busy and looks again in a minute', () => {
    const step = nudgeFallsDue(clearHold, busy('camera'), 100 * S);
    expect(step.effect).toBe('held');
    expect(step.state).toMatchObject({ kind: 'holding', reasons: ['camera'] });
    expect(isHolding(step.state)).toBe(true);
    expect(nextCheckAtMono(step.state)).toBe(160 * S);
  });

  it('delivers once, 30 s after the busy signal ended, looking every 10 s meanwhile', () => {
    let state = nudgeFallsDue(clearHold, busy('dnd'), 0).state;
    state = recheck(state, busy('dnd'), 60 * S).state;
    const quiet = recheck(state, notBusy, 120 * S);
    expect(quiet.effect).toBe('none');
    expect(nextCheckAtMono(quiet.state)).toBe(130 * S);
    state = recheck(quiet.state, notBusy, 130 * S).state;
    state = recheck(state, notBusy, 140 * S).state;
    const delivered = recheck(state, notBusy, 150 * S);
    expect(delivered).toEqual({ state: clearHold, effect: 'deliver' });
    expect(recheck(delivered.state, notBusy, 160 * S).effect).toBe('none');
  });

  it('a signal back during the settle restarts it', () => {
    let state = nudgeFallsDue(clearHold, busy('screencast'), 0).state;
    state = recheck(state, notBusy, 60 * S).state; // settle until 90 s
    state = recheck(state, busy('screencast'), 80 * S).state;
    expect(state.kind).toBe('holding');
    state = recheck(state, notBusy, 140 * S).state;
    expect(state).toMatchObject({ kind: 'settling', deliverAtMono: 170 * S });
  });

  it('a repeat falling due while one is held does not stack a second nudge', () => {
    const held = nudgeFallsDue(clearHold, busy('fullscreen'), 0).state;
    expect(nudgeFallsDue(held, busy('fullscreen'), 300 * S).effect).toBe('none');
    const settling = recheck(held, notBusy, 60 * S).state;
    expect(nudgeFallsDue(settling, notBusy, 70 * S).effect).toBe('none');
  });

  it('released (a break, an answer, a pause), nothing comes and nothing is polled', () => {
    expect(releaseHold()).toEqual(clearHold);
    expect(nextCheckAtMono(releaseHold())).toBeNull();
  });

  it('property: at most one nudge, never while busy, only after 30 s of quiet looks', () => {
    const looks = fc.array(
      fc.record({ gapS: fc.integer({ min: 1, max: 90 }), busy: fc.boolean() }),
      {
        maxLength: 60,
      },
    );
    fc.assert(
      fc.property(looks, (script) => {
        let state: HoldState = nudgeFallsDue(clearHold, busy('camera'), 0).state;
        let at = 0;
        let lastBusyAt = 0;
        let deliveries = 0;
        for (const look of script) {
          at += look.gapS * S;
          const step = recheck(state, look.busy ? busy('camera') : notBusy, at);
          if (look.busy) lastBusyAt = at;
          if (step.effect === 'deliver') {
            deliveries += 1;
            expect(look.busy).toBe(false);
            expect(at - lastBusyAt).toBeGreaterThanOrEqual(defaultHoldConfig.settleMs);
          }
          state = step.state;
        }
        expect(deliveries).toBeLessThanOrEqual(1);
      }),
    );
  });
});
