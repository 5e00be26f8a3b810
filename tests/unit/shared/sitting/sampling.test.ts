import { describe, expect, it } from 'vitest';

import { nextSampleAt } from '@shared/sitting/sampling';
import type { TrackerView } from '@shared/sitting/types';

const MIN = 60_000;
const NOW = 1_000_000;

function view(away: boolean, lastInputMono: number | null): TrackerView {
  return {
    bout: away ? null : { startedAtWall: 0, startedAtMono: 0, lengthMs: NOW },
    away,
    lastInputMono,
    history: { bouts: [], breaks: [] },
    idleDetection: 'ok',
    lastClockJumpMs: null,
    lastClockJumpAtMono: null,
  };
}

describe('when to read idle time next', () => {
  it('at the desk: when a natural break could first be complete', () => {
    expect(nextSampleAt(view(false, NOW - 2 * MIN), NOW)).toBe(NOW + 3 * MIN);
  });

  it('at the desk: at the nudge deadline if that comes first', () => {
    expect(nextSampleAt(view(false, NOW), NOW, NOW + 1 * MIN)).toBe(NOW + 1 * MIN);
  });

  it('away: every minute just after they left, so a short break ends within a minute', () => {
    expect(nextSampleAt(view(true, NOW - 5 * MIN), NOW)).toBe(NOW + 1 * MIN);
    expect(nextSampleAt(view(true, NOW - 8 * MIN), NOW)).toBe(NOW + 1 * MIN);
  });

  it('away for longer: every 5 min, a dozen looks an hour for the return', () => {
    expect(nextSampleAt(view(true, NOW - 8.1 * MIN), NOW)).toBe(NOW + 5 * MIN);
    expect(nextSampleAt(view(true, NOW - 30 * MIN), NOW)).toBe(NOW + 5 * MIN);
  });

  it('locked or asleep: only every 30 min, for a desktop that never says it unlocked', () => {
    const defaults = undefined;
    expect(nextSampleAt(view(true, null), NOW, null, defaults, 'absent')).toBe(NOW + 30 * MIN);
    // A bout kept through a short lock does not bring the sample forward either.
    expect(nextSampleAt(view(false, NOW), NOW, NOW + MIN, defaults, 'absent')).toBe(NOW + 30 * MIN);
  });

  it('never sooner than 5 s, whatever deadline is passed', () => {
    expect(nextSampleAt(view(false, NOW - 10 * MIN), NOW, NOW - MIN)).toBe(NOW + 5_000);
  });
});
