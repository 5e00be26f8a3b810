import { describe, expect, it } from 'vitest';

import {
  allStretches,
  builtInRoutines,
  deskVariants,
  getRoutine,
  getStretch,
  morningStretches,
} from '@shared/content/catalog';
import { safetyNote } from '@shared/content/safety';
import {
  BUILT_IN_ROUTINE_IDS,
  type Stretch,
  STRETCH_IDS,
  type StretchId,
} from '@shared/content/types';
import { buildTimeline } from '@shared/routine';

const bedIds = morningStretches.map((s) => s.id);

function holdOf(stretch: Stretch) {
  if (stretch.pacing.kind !== 'hold') throw new Error(`${stretch.id} is not a hold`);
  return stretch.pacing;
}

describe('the morning routine content', () => {
  it('has the seven stretches in the order of the article', () => {
    expect(bedIds).toEqual([
      'hip-flexor',
      'piriformis',
      'hamstring',
      'prone-quad',
      'supine-butterfly',
      'seated-forward-bend',
      'cat-cow',
    ]);
    expect(getRoutine('morning-in-bed').items.map((i) => i.stretchId)).toEqual(bedIds);
  });

  it('holds each morning stretch for 20 to 30 seconds by default', () => {
    for (const stretch of morningStretches.filter((s) => s.pacing.kind === 'hold')) {
      expect(holdOf(stretch).defaultHoldS, stretch.id).toBeGreaterThanOrEqual(20);
      expect(holdOf(stretch).defaultHoldS, stretch.id).toBeLessThanOrEqual(30);
    }
  });

  it('gives desk holds a length the settings window can set back (15 to 30 seconds)', () => {
    for (const stretch of deskVariants.filter((s) => s.pacing.kind === 'hold')) {
      expect(holdOf(stretch).defaultHoldS, stretch.id).toBeGreaterThanOrEqual(15);
      expect(holdOf(stretch).defaultHoldS, stretch.id).toBeLessThanOrEqual(30);
    }
  });

  it('asks for both sides on the first four stretches only, and flows through cat-cow', () => {
    const perSide = (id: StretchId) => holdOf(getStretch(id)).perSide;
    const firstFour: StretchId[] = ['hip-flexor', 'piriformis', 'hamstring', 'prone-quad'];
    expect(firstFour.map(perSide)).toEqual([true, true, true, true]);
    expect(perSide('supine-butterfly')).toBe(false);
    expect(perSide('seated-forward-bend')).toBe(false);
    expect(getStretch('cat-cow').pacing.kind).toBe('flow');
  });

  it('paces cat-cow by the breath for one to two minutes', () => {
    const { pacing } = getStretch('cat-cow');
    if (pacing.kind !== 'flow') throw new Error('cat-cow should be a flow');
    const totalS = (pacing.breathInS + pacing.breathOutS) * pacing.defaultCycles;
    expect(totalS).toBeGreaterThanOrEqual(60);
    expect(totalS).toBeLessThanOrEqual(120);
    // Breathing out a little longer than in is what makes the pace calming.
    expect(pacing.breathOutS).toBeGreaterThanOrEqual(pacing.breathInS);
  });
});

describe('every stretch', () => {
  it.each(allStretches.map((s) => [s.id, s] as const))(
    '%s has the words and the picture a user needs',
    (_id, stretch) => {
      expect(stretch.name.trim()).not.toBe('');
      expect(stretch.startPosition.trim()).not.toBe('');
      expect(stretch.feltIn.trim()).not.toBe('');
      expect(stretch.why.trim()).not.toBe('');
      expect(stretch.steps.length).toBeGreaterThan(0);
      expect(stretch.cues.length).toBeGreaterThan(0);
      expect(stretch.picture.trim()).not.toBe('');
      const { illustration } = stretch;
      expect(illustration.frames.length).toBeGreaterThan(0);
      for (const frame of illustration.frames) {
        expect(
          frame.shapes.some((shape) => shape.role === 'active'),
          frame.label,
        ).toBe(true);
      }
    },
  );

  it('draws per-side stretches with a declared side, so the other side can be mirrored', () => {
    for (const stretch of allStretches) {
      const perSide = stretch.pacing.kind === 'hold' && stretch.pacing.perSide;
      expect(stretch.illustration.drawnSide, stretch.id).toBe(perSide ? 'right' : undefined);
    }
  });

  it('shows cat-cow, in bed and at the desk, as a cow frame then a cat frame', () => {
    for (const id of ['cat-cow', 'desk-cat-cow'] as const) {
      const labels = getStretch(id).illustration.frames.map((f) => f.label);
      expect(labels).toHaveLength(2);
      expect(labels[0]).toMatch(/^Cow.*in/);
      expect(labels[1]).toMatch(/^Cat.*out/);
    }
  });

  it('tells the user to ease off on pain somewhere in every bed stretch', () => {
    for (const stretch of morningStretches) {
      const text = [...stretch.steps, ...stretch.cues].join(' ');
      expect(text, stretch.id).toMatch(/pain|hurt|strain|complain|feels good/i);
    }
  });

  it('has one stretch for every id, in order, and every lookup finds its own stretch', () => {
    const ids = allStretches.map((s) => s.id);
    expect(ids).toEqual(STRETCH_IDS);
    for (const id of STRETCH_IDS) expect(getStretch(id).id).toBe(id);
  });
});

describe('per-side stretches', () => {
  const perSide = allStretches.filter((s) => s.pacing.kind === 'hold' && s.pacing.perSide);
  const oneSided = allStretches.filter((s) => !perSide.includes(s));

  it('are exactly the stretches with words for each side', () => {
    expect(perSide.map((s) => s.id)).toEqual(allStretches.filter((s) => s.sides).map((s) => s.id));
    expect(oneSided.every((s) => s.sides === undefined && !s.illustration.sideMark)).toBe(true);
  });

  it.each(perSide.map((s) => [s.id, s] as const))(
    '%s names the working limb for each side, never just "one leg"',
    (_id, stretch) => {
      const sides = stretch.sides;
      if (!sides) throw new Error(`${stretch.id} has no side words`);
      for (const side of ['right', 'left'] as const) {
        expect(sides[side].label).toMatch(new RegExp(`^${side} (leg|foot|ankle|knee)$`, 'i'));
        expect(sides[side].hold).toMatch(new RegExp(`\\b${side}\\b`, 'i'));
      }
      // The two sides are one stretch, mirrored: swapping the words turns one into the other.
      const swapped = sides.right.hold.replace(
        /\b(right|left)\b/gi,
        (word) => ({ right: 'left', left: 'right', Right: 'Left', Left: 'Right' })[word] ?? word,
      );
      expect(swapped).toBe(sides.left.hold);
      // Getting into position leads into the right side, so the steps name the right limb.
      const steps = stretch.steps.join(' ');
      expect(steps).toMatch(/\bright\b/i);
      expect(steps).not.toMatch(/\b(one|other|opposite) (leg|foot|ankle|knee|thigh|hand)\b/i);
      // Cues show on both sides, so they must not name either.
      expect(stretch.cues.join(' ')).not.toMatch(/\b(right|left)\b/i);
    },
  );

  it.each(perSide.map((s) => [s.id, s] as const))(
    '%s says how to switch in one short line, with time enough to do it',
    (_id, stretch) => {
      const sides = stretch.sides;
      if (!sides) throw new Error(`${stretch.id} has no side words`);
      expect(sides.switchHow).toMatch(/\bleft\b/i);
      expect(sides.switchHow.split(/\s+/).length).toBeLessThanOrEqual(14);
      expect(sides.switchHow).not.toMatch(/[.!]$/);
      expect(sides.switchS).toBeGreaterThanOrEqual(5);
    },
  );

  it('gives the moves that uncross legs or shift a towel more time than a quick swap', () => {
    const switchS = (id: StretchId) => getStretch(id).sides?.switchS ?? 0;
    expect(switchS('piriformis')).toBeGreaterThan(switchS('desk-hamstring'));
    expect(switchS('hamstring')).toBeGreaterThan(switchS('desk-hamstring'));
  });

  it.each(perSide.map((s) => [s.id, s] as const))(
    '%s describes its picture for each side',
    (_id, { illustration, sides }) => {
      expect(sides?.right.picture).toMatch(/\bright\b/i);
      expect(sides?.left.picture).toMatch(/\bleft\b/i);
      expect(illustration.sideMark).toBeDefined();
    },
  );
});

describe('names and labels', () => {
  it('can be found by the names the article uses', () => {
    const articleNames = [
      'Hip flexor stretch',
      'Piriformis stretch',
      'Hamstring stretch',
      'Prone rectus femoris stretch',
      'Supine butterfly stretch',
      'Seated forward bend',
      'Cat-cow',
    ];
    const known = (stretch: Stretch) =>
      [stretch.name, stretch.alsoCalled].filter(Boolean).map((n) => n?.toLowerCase());
    articleNames.forEach((name, index) => {
      const stretch = morningStretches[index];
      if (!stretch) throw new Error(`No stretch ${index}`);
      expect(known(stretch), name).toContain(name.toLowerCase());
    });
  });

  it('only gives another name when it differs from the app name', () => {
    for (const stretch of allStretches.filter((s) => s.alsoCalled)) {
      expect(stretch.alsoCalled?.toLowerCase()).not.toBe(stretch.name.toLowerCase());
    }
  });

  it('leaves "optional" to the label that shows props, so it is never said twice', () => {
    const props = allStretches.flatMap((s) => (s.equipment ? [s.equipment] : []));
    expect(props.length).toBeGreaterThan(0);
    for (const text of props) expect(text).not.toMatch(/optional/i);
  });
});

describe('desk variants', () => {
  it('each adapt an existing bed stretch', () => {
    expect(deskVariants.map((s) => s.id)).toEqual([
      'desk-hip-flexor',
      'desk-figure-four',
      'desk-hamstring',
      'desk-forward-fold',
      'desk-cat-cow',
    ]);
    for (const variant of deskVariants) {
      expect(variant.adaptsFor, variant.id).toBeDefined();
      expect(bedIds).toContain(variant.adaptsFor);
    }
    expect(morningStretches.every((s) => s.adaptsFor === undefined)).toBe(true);
  });
});

describe('built-in routines', () => {
  it('reference only stretches that exist, one routine per built-in id', () => {
    expect(builtInRoutines.map((r) => r.id)).toEqual(BUILT_IN_ROUTINE_IDS);
    for (const routine of builtInRoutines) {
      expect(routine.items.length, routine.id).toBeGreaterThan(0);
      for (const item of routine.items) expect(() => getStretch(item.stretchId)).not.toThrow();
    }
  });

  it('starts the desk break with the desk hip flexor, because sitting tightens it', () => {
    expect(getRoutine('desk-break').items[0]?.stretchId).toBe('desk-hip-flexor');
    expect(getRoutine('desk-break').items.map((i) => i.stretchId)).toEqual([
      'desk-hip-flexor',
      'desk-figure-four',
      'desk-cat-cow',
    ]);
  });

  it('keeps the desk break to about two minutes with the default setup, switch and rest', () => {
    const timeline = buildTimeline(getRoutine('desk-break'), getStretch);
    expect(timeline.totalMs).toBeGreaterThanOrEqual(100_000);
    expect(timeline.totalMs).toBeLessThanOrEqual(150_000);
  });

  it('keeps the morning routine under ten minutes at the default holds', () => {
    const timeline = buildTimeline(getRoutine('morning-in-bed'), getStretch);
    expect(timeline.totalMs).toBeLessThanOrEqual(10 * 60_000);
  });
});

describe('the safety note', () => {
  it('covers seeing a professional, mild tension, steady breath and when to stop', () => {
    const text = [safetyNote.intro, ...safetyNote.points, safetyNote.closing].join(' ');
    expect(safetyNote.title.trim()).not.toBe('');
    expect(text).toMatch(/doctor|physiotherapist|healthcare/i);
    expect(text).toMatch(/mild tension/i);
    expect(text).toMatch(/bounc/i);
    expect(text).toMatch(/sharp pain, numbness or tingling/i);
  });
});
