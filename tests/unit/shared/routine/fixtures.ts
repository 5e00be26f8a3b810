import fc from 'fast-check';

import {
  type Routine,
  type Stretch,
  STRETCH_IDS,
  type StretchId,
  type StretchPacing,
} from '@shared/content/types';

/** Test stretches: only the fields the engine reads carry meaning. */
export function fixtureStretch(id: StretchId, pacing: StretchPacing): Stretch {
  return {
    id,
    name: `Stretch ${id}`,
    position: 'lying-on-back',
    startPosition: `Lie down for ${id}.`,
    feltIn: 'Somewhere',
    picture: 'A figure',
    pacing,
    steps: ['Do it.'],
    cues: ['Breathe.'],
    why: 'For the test.',
    illustration: { viewBox: '0 0 10 10', frames: [] },
  };
}

/** A per-side hold, a plain hold and a flow. */
export const fixtureStretches: Record<string, Stretch> = {
  'hip-flexor': fixtureStretch('hip-flexor', { kind: 'hold', perSide: true, defaultHoldS: 30 }),
  'supine-butterfly': fixtureStretch('supine-butterfly', {
    kind: 'hold',
    perSide: false,
    defaultHoldS: 20,
  }),
  // A per-side stretch with words for each side and a slower switch than the default.
  piriformis: {
    ...fixtureStretch('piriformis', { kind: 'hold', perSide: true, defaultHoldS: 20 }),
    sides: {
      right: { label: 'Right leg', hold: 'Right ankle over your left knee', picture: 'Right' },
      left: { label: 'Left leg', hold: 'Left ankle over your right knee', picture: 'Left' },
      switchHow: 'Uncross, then cross the other way',
      switchS: 8,
    },
  },
  'cat-cow': fixtureStretch('cat-cow', {
    kind: 'flow',
    breathInS: 4,
    breathOutS: 6,
    defaultCycles: 3,
  }),
};

export function lookupIn(stretches: Record<string, Stretch>): (id: StretchId) => Stretch {
  return (id) => {
    const stretch = stretches[id];
    if (!stretch) throw new Error(`No fixture for ${id}`);
    return stretch;
  };
}

export const fixtureLookup = lookupIn(fixtureStretches);

/** per-side hold, plain hold, flow: 10+30+5+30+5 | 10+20+5 | 10+30 = 155 s. */
export const fixtureRoutine: Routine = {
  id: 'morning-in-bed',
  name: 'Test routine',
  description: 'Three stretches',
  items: [{ stretchId: 'hip-flexor' }, { stretchId: 'supine-butterfly' }, { stretchId: 'cat-cow' }],
};

/** Lengths in half seconds, so rounding to ms never hides a bug. */
const seconds = fc.integer({ min: 1, max: 120 }).map((half) => half / 2);

const pacingArb: fc.Arbitrary<StretchPacing> = fc.oneof(
  fc.record({
    kind: fc.constant('hold' as const),
    perSide: fc.boolean(),
    defaultHoldS: seconds,
  }),
  fc.record({
    kind: fc.constant('flow' as const),
    breathInS: seconds,
    breathOutS: seconds,
    defaultCycles: fc.integer({ min: 1, max: 8 }),
  }),
);

export interface GeneratedRoutine {
  routine: Routine;
  lookup: (id: StretchId) => Stretch;
}

/** Any routine of 1-8 stretches over arbitrary pacings, with or without per-item overrides. */
export const routineArb: fc.Arbitrary<GeneratedRoutine> = fc
  .record({
    pacings: fc.tuple(...STRETCH_IDS.map(() => pacingArb)),
    // Per-side stretches may ask for their own switch time.
    switches: fc.tuple(...STRETCH_IDS.map(() => fc.option(seconds, { nil: undefined }))),
    items: fc.array(
      fc.record(
        {
          stretchId: fc.constantFrom(...STRETCH_IDS),
          holdS: seconds,
          cycles: fc.integer({ min: 1, max: 5 }),
        },
        { requiredKeys: ['stretchId'] },
      ),
      { minLength: 1, maxLength: 8 },
    ),
  })
  .map(({ pacings, switches, items }) => {
    const stretches = Object.fromEntries(
      STRETCH_IDS.map((id, i) => {
        const pacing = pacings[i] as StretchPacing;
        const stretch = fixtureStretch(id, pacing);
        const switchS = switches[i];
        if (pacing.kind !== 'hold' || !pacing.perSide || switchS === undefined)
          return [id, stretch];
        const side = (hold: string) => ({ label: hold, hold });
        const sides = { right: side('Right'), left: side('Left'), switchHow: 'Swap', switchS };
        return [id, { ...stretch, sides }];
      }),
    );
    return {
      routine: { id: 'desk-break', name: 'Generated', description: '', items },
      lookup: lookupIn(stretches),
    };
  });

/** Options as settings might supply them: sometimes the defaults, sometimes overrides. */
export const optionsArb = fc.record(
  {
    setupS: seconds,
    switchS: seconds,
    restS: seconds,
    holdS: seconds,
    flowCycles: fc.integer({ min: 1, max: 5 }),
  },
  { requiredKeys: [] },
);
