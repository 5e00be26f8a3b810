import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { allStretches } from '@shared/content/catalog';
import { BODY, pose } from '@shared/content/illustrations/body';
import { BED_TOP, FLOOR, REST } from '@shared/content/illustrations/scenery';
import { length, reach, sub, type Vec } from '@shared/content/illustrations/space';
import type { StretchId } from '@shared/content/types';

import { boundsOf, type Point, shapePoints } from './shape-bounds';

/** What each figure rests on: the stretches beside the bed stand on the floor. */
const restsOn: Record<StretchId, 'bed' | 'floor'> = {
  'hip-flexor': 'floor',
  piriformis: 'bed',
  hamstring: 'bed',
  'prone-quad': 'bed',
  'supine-butterfly': 'bed',
  'seated-forward-bend': 'bed',
  'cat-cow': 'bed',
  'desk-hip-flexor': 'floor',
  'desk-figure-four': 'floor',
  'desk-hamstring': 'floor',
  'desk-forward-fold': 'floor',
  'desk-cat-cow': 'floor',
};

/** Room for the turned views, where the body lies a little back from the bed's front edge. */
const DEPTH_ALLOWANCE = 3.5;
/** The top of the band every figure stays inside: the standing head reaches about here. */
const BAND_TOP = 20;

const frames = allStretches.flatMap((stretch) =>
  stretch.illustration.frames.map(
    (frame) => [`${stretch.id}: ${frame.label}`, stretch, frame] as const,
  ),
);

const bodyPoints = (shapes: (typeof frames)[number][2]['shapes']): Point[] =>
  shapes.filter((s) => s.role === 'figure' || s.role === 'active').flatMap(shapePoints);

describe('every drawing', () => {
  it.each(frames)(
    '%s rests on its bed or floor line, neither floating nor sinking',
    (_name, stretch, frame) => {
      const line = restsOn[stretch.id] === 'bed' ? BED_TOP : FLOOR;
      const { bottom } = boundsOf(bodyPoints(frame.shapes));
      expect(bottom).toBeLessThanOrEqual(line);
      expect(bottom).toBeGreaterThanOrEqual(line - REST - DEPTH_ALLOWANCE);
    },
  );

  it.each(frames)(
    '%s keeps the body inside the shared band and the frame',
    (_name, stretch, frame) => {
      const [minX = 0, , width = 0, height = 0] = stretch.illustration.viewBox
        .split(' ')
        .map(Number);
      const box = boundsOf(bodyPoints(frame.shapes));
      expect(box.top).toBeGreaterThanOrEqual(BAND_TOP);
      expect(box.bottom).toBeLessThanOrEqual(height);
      expect(box.left).toBeGreaterThanOrEqual(minX + 4);
      expect(box.right).toBeLessThanOrEqual(minX + width - 4);
    },
  );

  it.each(frames)('%s draws the same head as every other', (_name, _stretch, frame) => {
    const heads = frame.shapes.filter((s) => s.kind === 'circle' && s.role === 'figure');
    expect(heads.map((h) => (h.kind === 'circle' ? h.r : 0))).toEqual([BODY.headR]);
  });

  it('shows every figure at one size: 160 high, and 240 wide shared among its frames', () => {
    for (const { id, illustration } of allStretches) {
      const [, minY, width = 0, height] = illustration.viewBox.split(' ').map(Number);
      expect([minY, height], id).toEqual([0, 160]);
      expect(width * illustration.frames.length, id).toBe(240);
    }
  });

  it('puts the R or L mark beside the working limb, inside the frame', () => {
    for (const { id, illustration } of allStretches.filter((s) => s.illustration.sideMark)) {
      const mark = illustration.sideMark ?? { x: 0, y: 0 };
      const working = illustration.frames.flatMap((f) =>
        f.shapes.filter((s) => s.role === 'active').flatMap(shapePoints),
      );
      const nearest = Math.min(...working.map(([x, y]) => Math.hypot(x - mark.x, y - mark.y)));
      // Clear of the stroke, close enough to read as its label.
      expect(nearest, id).toBeGreaterThan(8);
      expect(nearest, id).toBeLessThan(30);
    }
  });
});

describe('the posed body', () => {
  const vec = fc.tuple(
    fc.double({ min: -80, max: 80, noNaN: true }),
    fc.double({ min: -80, max: 80, noNaN: true }),
    fc.double({ min: -40, max: 40, noNaN: true }),
  );
  const direction = vec.filter((v) => length(v) > 0.5);
  const limb = fc.record({ end: vec, pole: direction, tip: direction });
  const aims = fc.record({
    pelvis: vec,
    torso: direction,
    face: direction,
    near: fc.record({ leg: limb, arm: limb }),
    far: fc.record({ leg: limb, arm: limb }),
  });

  const bone = (a: Vec, b: Vec): number => length(sub(a, b));

  it('keeps every bone its length, wherever the hands and feet are aimed', () => {
    fc.assert(
      fc.property(aims, (aim) => {
        const body = pose(aim);
        expect(bone(body.pelvis, body.chest)).toBeCloseTo(BODY.torso, 6);
        expect(bone(body.chest, body.head)).toBeCloseTo(BODY.neck, 6);
        for (const side of [body.near, body.far]) {
          expect(bone(side.leg.hip, side.leg.knee)).toBeCloseTo(BODY.thigh, 6);
          expect(bone(side.leg.knee, side.leg.ankle)).toBeCloseTo(BODY.shin, 6);
          expect(bone(side.leg.ankle, side.leg.toe)).toBeCloseTo(BODY.foot, 6);
          expect(bone(side.arm.shoulder, side.arm.elbow)).toBeCloseTo(BODY.upperArm, 6);
          expect(bone(side.arm.elbow, side.arm.wrist)).toBeCloseTo(BODY.forearm, 6);
        }
      }),
    );
  });

  it('puts a hand or foot exactly where it is aimed when it can reach', () => {
    const reachable = fc.record({
      direction,
      pole: direction,
      // Between folded shut and straight, for both the leg and the arm.
      distance: fc.double({ min: 5, max: 43, noNaN: true }),
    });
    fc.assert(
      fc.property(reachable, ({ direction: d, pole, distance }) => {
        const toward = (from: Vec): Vec => reach(from, d, distance);
        const hip: Vec = [0, 0, BODY.hipHalf];
        const shoulder: Vec = [0, -BODY.torso, BODY.shoulderHalf];
        const body = pose({
          pelvis: [0, 0, 0],
          torso: [0, -1, 0],
          face: [1, 0, 0],
          near: { leg: { end: toward(hip), pole }, arm: { end: toward(shoulder), pole } },
          far: {
            leg: { end: [30, 40, -6], pole: [1, 0, 0] },
            arm: { end: [20, -10, -10], pole: [0, 1, 0] },
          },
        });
        expect(bone(body.near.leg.ankle, toward(hip))).toBeCloseTo(0, 6);
        expect(bone(body.near.arm.wrist, toward(shoulder))).toBeCloseTo(0, 6);
      }),
    );
  });
});
