import { describe, expect, it } from 'vitest';

import { createSittingHarness, MIN } from '../support/sitting-harness';

/** The system clock says how long the machine slept; the wall clock alone can't. */
describe('sitting service: the wall clock set forward', () => {
  it('by hand while the user keeps working: the bout goes on, and the nudge comes on time', () => {
    const h = createSittingHarness();
    h.advanceMin(30);
    h.clock.setWall(h.clock.now() + 3 * 60 * MIN);
    h.advanceMin(14.9);
    expect(h.notifier.shown).toHaveLength(0);
    h.advanceMin(0.1);
    expect(h.notifier.shown).toHaveLength(1);
    expect(h.sitting.status().boutMs).toBe(45 * MIN);
    expect(h.log.messages('info')).toEqual(['The wall clock moved +180 min against real time']);
  });

  it('by a sleep the OS never reported: a break, and the count starts again', () => {
    const h = createSittingHarness();
    h.advanceMin(30);
    h.clock.suspend(60 * MIN);
    // Noticed at the next idle reading, at most one sampling interval on.
    h.advanceMin(6);
    expect(h.sitting.status().boutMs).toBeLessThan(6 * MIN);
    h.advanceMin(38);
    expect(h.notifier.shown).toHaveLength(0);
  });
});
