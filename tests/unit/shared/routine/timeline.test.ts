import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { Routine, Stretch } from '@shared/content/types';
import { buildTimeline, DEFAULT_TIMELINE_OPTIONS } from '@shared/routine';

import {
  fixtureLookup,
  fixtureRoutine,
  fixtureStretches,
  lookupIn,
  optionsArb,
  routineArb,
} from './fixtures';

const summary = (routine: Routine, options = {}) =>
  buildTimeline(routine, fixtureLookup, options).steps.map(
    (s) => `${s.kind}${s.side ? `:${s.side}` : ''}@${s.startMs}+${s.durationMs}`,
  );

/** The fixture routine's three stretches done from these positions, in order. */
const setupsFrom = (positions: Stretch['position'][], options = {}) => {
  const ids = ['hip-flexor', 'supine-butterfly', 'cat-cow'] as const;
  const stretches = Object.fromEntries(
    ids.map((id, i) => [id, { ...fixtureStretches[id]!, position: positions[i]! }]),
  );
  return buildTimeline(fixtureRoutine, lookupIn(stretches), options)
    .steps.filter((s) => s.kind === 'setup')
    .map((s) => s.durationMs / 1000);
};

describe('buildTimeline', () => {
  it('gives a setup 10 s more when the whole body changes position since the stretch before', () => {
    // Standing, then down onto the back, then over onto hands and knees.
    expect(setupsFrom(['standing', 'lying-on-back', 'hands-and-knees'])).toEqual([10, 20, 20]);
    // Onto the back, then turning over onto the stomach.
    expect(setupsFrom(['lying-on-back', 'lying-on-stomach', 'lying-on-stomach'])).toEqual([
      10, 20, 10,
    ]);
    // Standing up from a chair and sitting back down is quick: no extra time.
    expect(setupsFrom(['standing', 'seated', 'standing'])).toEqual([10, 10, 10]);
    expect(setupsFrom(['standing', 'lying-on-back', 'lying-on-back'], { moveS: 4 })).toEqual([
      10, 14, 10,
    ]);
  });

  it('walks a per-side hold, a plain hold and a flow in order, with rests between', () => {
    expect(summary(fixtureRoutine)).toEqual([
      'setup:right@0+10000',
      'hold:right@10000+30000',
      'switch:left@40000+5000',
      'hold:left@45000+30000',
      'rest@75000+5000',
      'setup@80000+10000',
      'hold@90000+20000',
      'rest@110000+5000',
      'setup@115000+10000',
      'flow@125000+30000',
    ]);
    const timeline = buildTimeline(fixtureRoutine, fixtureLookup);
    expect(timeline.totalMs).toBe(155_000);
    expect(timeline.stretchIds).toEqual(['hip-flexor', 'supine-butterfly', 'cat-cow']);
    expect(timeline.routineName).toBe('Test routine');
  });

  it('tells the user what to do in short sentences', () => {
    const steps = buildTimeline(fixtureRoutine, fixtureLookup).steps;
    expect(steps.map((s) => s.instruction)).toEqual([
      'Get into position: Lie down for hip-flexor.',
      'Hold — right side',
      'Switch sides',
      'Hold — left side',
      'Slowly release and breathe',
      'Get into position: Lie down for supine-butterfly.',
      'Hold still and breathe steadily',
      'Slowly release and breathe',
      'Get into position: Lie down for cat-cow.',
      'Move with your breath',
    ]);
  });

  it('names the limbs on each side and says how to switch, when the stretch has the words', () => {
    const routine: Routine = { ...fixtureRoutine, items: [{ stretchId: 'piriformis' }] };
    const steps = buildTimeline(routine, fixtureLookup).steps;
    expect(steps.map((s) => `${s.kind}: ${s.instruction}`)).toEqual([
      'setup: Get into position: Lie down for piriformis.',
      'hold: Right ankle over your left knee',
      'switch: Uncross, then cross the other way',
      'hold: Left ankle over your right knee',
    ]);
  });

  it("gives a switch the stretch's own time when its move takes longer than the default", () => {
    const routine: Routine = { ...fixtureRoutine, items: [{ stretchId: 'piriformis' }] };
    const switchMs = (options = {}) =>
      buildTimeline(routine, fixtureLookup, options).steps.find((s) => s.kind === 'switch')
        ?.durationMs;
    expect(switchMs()).toBe(8000);
    // A longer switch from settings still wins: the stretch only sets the least it needs.
    expect(switchMs({ switchS: 12 })).toBe(12_000);
    expect(switchMs({ switchS: 2 })).toBe(8000);
  });

  it('paces the flow by the breath', () => {
    const flow = buildTimeline(fixtureRoutine, fixtureLookup).steps.at(-1);
    expect(flow?.breath).toEqual({ inhaleMs: 4000, exhaleMs: 6000, cycles: 3 });
  });

  it('lets the routine item override the stretch default, and settings override both', () => {
    const routine: Routine = {
      ...fixtureRoutine,
      items: [
        { stretchId: 'supine-butterfly', holdS: 45 },
        { stretchId: 'cat-cow', cycles: 5 },
      ],
    };
    expect(summary(routine)).toEqual([
      'setup@0+10000',
      'hold@10000+45000',
      'rest@55000+5000',
      'setup@60000+10000',
      'flow@70000+50000',
    ]);
    expect(summary(routine, { holdS: 25, flowCycles: 2, setupS: 3, restS: 1 })).toEqual([
      'setup@0+3000',
      'hold@3000+25000',
      'rest@28000+1000',
      'setup@29000+3000',
      'flow@32000+20000',
    ]);
  });

  it('keeps the defaults when a setting is present but undefined', () => {
    const timeline = buildTimeline(fixtureRoutine, fixtureLookup, {
      setupS: undefined,
      holdS: undefined,
    });
    expect(timeline.totalMs).toBe(155_000);
    expect(DEFAULT_TIMELINE_OPTIONS).toEqual({ setupS: 10, moveS: 10, switchS: 5, restS: 5 });
  });

  it.each([
    ['an empty routine', { ...fixtureRoutine, items: [] }, {}, /no stretches/],
    ['a zero hold', fixtureRoutine, { holdS: 0 }, /positive/],
    ['a negative rest', fixtureRoutine, { restS: -5 }, /positive/],
    ['an endless setup', fixtureRoutine, { setupS: Infinity }, /finite/],
    ['a NaN switch', fixtureRoutine, { switchS: NaN }, /positive/],
    ['zero flow cycles', fixtureRoutine, { flowCycles: 0 }, /cycles/],
    ['half a flow cycle', fixtureRoutine, { flowCycles: 1.5 }, /cycles/],
  ])('refuses %s with a clear error', (_name, routine, options, message) => {
    expect(() => buildTimeline(routine as Routine, fixtureLookup, options)).toThrow(message);
  });
});

describe('buildTimeline properties', () => {
  it('covers the routine in order: contiguous from 0 to totalMs, following the items', () => {
    fc.assert(
      fc.property(routineArb, optionsArb, ({ routine, lookup }, options) => {
        const timeline = buildTimeline(routine, lookup, options);
        let expectedStart = 0;
        let previousStretch = 0;
        timeline.steps.forEach((step, index) => {
          expect(step.index).toBe(index);
          expect(step.startMs).toBe(expectedStart);
          expect(step.durationMs).toBeGreaterThan(0);
          expect(step.stretchIndex).toBeGreaterThanOrEqual(previousStretch);
          expect(step.stretchIndex - previousStretch).toBeLessThanOrEqual(1);
          expect(step.stretchId).toBe(routine.items[step.stretchIndex]?.stretchId);
          expectedStart += step.durationMs;
          previousStretch = step.stretchIndex;
        });
        expect(timeline.totalMs).toBe(expectedStart);
        expect(timeline.steps[0]?.stretchIndex).toBe(0);
        expect(previousStretch).toBe(routine.items.length - 1);
        // Every stretch starts with its setup; only the last has no rest after it.
        const setups = timeline.steps.filter((s) => s.kind === 'setup');
        expect(setups.map((s) => s.stretchIndex)).toEqual(routine.items.map((_, i) => i));
        expect(timeline.steps.filter((s) => s.kind === 'rest')).toHaveLength(
          routine.items.length - 1,
        );
        expect(timeline.steps.at(-1)?.kind).not.toBe('rest');
      }),
    );
  });

  it('holds both sides of a per-side stretch for the same time, right first', () => {
    fc.assert(
      fc.property(routineArb, optionsArb, ({ routine, lookup }, options) => {
        const timeline = buildTimeline(routine, lookup, options);
        routine.items.forEach((item, stretchIndex) => {
          const pacing = lookup(item.stretchId).pacing;
          const holds = timeline.steps.filter(
            (s) => s.stretchIndex === stretchIndex && s.kind === 'hold',
          );
          if (pacing.kind === 'hold' && pacing.perSide) {
            expect(holds.map((h) => h.side)).toEqual(['right', 'left']);
            expect(holds[0]?.durationMs).toBe(holds[1]?.durationMs);
            // The switch never cuts short the time the stretch says its change of sides needs.
            const change = timeline.steps.find(
              (s) => s.stretchIndex === stretchIndex && s.kind === 'switch',
            );
            const needS = lookup(item.stretchId).sides?.switchS ?? 0;
            expect(change?.durationMs).toBeGreaterThanOrEqual(Math.round(needS * 1000));
          } else if (pacing.kind === 'hold') {
            expect(holds.map((h) => h.side)).toEqual([undefined]);
          } else {
            const flow = timeline.steps.find(
              (s) => s.stretchIndex === stretchIndex && s.kind === 'flow',
            );
            const b = flow?.breath;
            expect(flow?.durationMs).toBe(b && b.cycles * (b.inhaleMs + b.exhaleMs));
          }
        });
      }),
    );
  });
});
