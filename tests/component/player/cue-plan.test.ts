import { describe, expect, it } from 'vitest';

import { getRoutine, getStretch } from '@shared/content/catalog';
import { buildTimeline } from '@shared/routine';
import type { TimelineStep } from '@shared/routine/types';

import { cueForBreathChange, cueForStepChange } from '../../../src-renderer/src/player/cue-plan';

const steps = buildTimeline(getRoutine('morning-in-bed'), getStretch).steps;

/** The cue heard at each step change through the whole routine, as "from>to: cue". */
function cuesThroughRoutine(): string[] {
  const heard: string[] = [];
  steps.forEach((step, i) => {
    const previous: TimelineStep | undefined = steps[i - 1];
    const cue = cueForStepChange(previous, step);
    if (cue) heard.push(`${previous?.kind ?? 'start'}>${step.kind}: ${cue}`);
  });
  return heard;
}

describe('cueForStepChange', () => {
  it('rings when holding starts, when to switch, and when to let go; nowhere else', () => {
    const heard = cuesThroughRoutine();
    expect(new Set(heard)).toEqual(
      new Set([
        'setup>hold: hold-start',
        'hold>switch: switch',
        'switch>hold: hold-start',
        'hold>rest: hold-end',
        'setup>flow: hold-start',
      ]),
    );
    // Four per-side stretches: two holds and one switch each.
    expect(heard.filter((h) => h.endsWith('switch'))).toHaveLength(4);
    expect(heard.filter((h) => h === 'rest>setup')).toHaveLength(0);
  });

  it('rings the end of the last hold when the routine runs out of steps', () => {
    expect(cueForStepChange(steps.at(-1), undefined)).toBe('hold-end');
  });

  it('is silent when the step has not changed', () => {
    const hold = steps.find((step) => step.kind === 'hold');
    expect(cueForStepChange(hold, hold)).toBeUndefined();
  });
});

describe('cueForBreathChange', () => {
  const breath = (phase: 'in' | 'out', cycle: number) => ({
    phase,
    cycle,
    cycles: 10,
    phaseRemainingMs: 1_000,
  });

  it('ticks on each turn of the breath', () => {
    expect(cueForBreathChange(breath('in', 1), breath('out', 1))).toBe('breath-out');
    expect(cueForBreathChange(breath('out', 1), breath('in', 2))).toBe('breath-in');
  });

  it('stays quiet within a phase and on the first breath of a flow', () => {
    expect(cueForBreathChange(breath('in', 1), breath('in', 1))).toBeUndefined();
    expect(cueForBreathChange(undefined, breath('in', 1))).toBeUndefined();
  });
});
