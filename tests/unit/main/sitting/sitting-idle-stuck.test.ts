import { describe, expect, it } from 'vitest';

import { createSittingHarness } from '../support/sitting-harness';

describe('sitting service: an idle reading stuck high', () => {
  it('is reported and logged, and nudges come at plain intervals instead of never', () => {
    const h = createSittingHarness();
    h.user.idleSeconds = () => 3 * 3600; // frozen: it never comes down while they work
    h.advanceMin(130);
    expect(h.sitting.status()).toMatchObject({ idleDetection: 'stuck', away: false });
    expect(h.log.messages('warn')).toEqual([expect.stringContaining('Idle detection looks stuck')]);
    h.advanceMin(46);
    expect(h.notifier.shown.length).toBeGreaterThanOrEqual(1);
  });

  it('says so again in the log when readings come back to life', () => {
    const h = createSittingHarness();
    const frozen = h.user.idleSeconds.bind(h.user);
    h.user.idleSeconds = () => 3 * 3600;
    h.advanceMin(130);
    h.user.idleSeconds = frozen;
    h.advanceMin(10);
    expect(h.sitting.status().idleDetection).toBe('ok');
    expect(h.log.messages('info')).toContain('Idle detection works again');
  });
});
