import { add, bend, reach, scale, unit, type Vec } from './space';

/**
 * The one body every drawing poses, in viewBox units: a person about 130 units tall. Every bone
 * is placed at these lengths by `pose`, so no figure can come out bigger or smaller than another.
 */
export const BODY = {
  headR: 8,
  /** Shoulder line to the centre of the head. */
  neck: 14,
  /** Hip joints to shoulders. */
  torso: 38,
  thigh: 33,
  shin: 32,
  foot: 10,
  upperArm: 24,
  forearm: 20,
  /** Half the width across the hips and across the shoulders: only seen in turned views. */
  hipHalf: 6,
  shoulderHalf: 10,
} as const;

/** The working limb: the one stretched, drawn in the accent colour. */
export type Working = 'near-leg' | 'far-leg' | 'legs' | 'spine';

/** Where a leg or arm goes: its end (ankle, wrist), which way its joint bends, where it points. */
export interface LimbAim {
  /** Ankle or wrist. Out of reach, the limb goes straight toward it. */
  end: Vec;
  /** A direction the knee or elbow bends toward. */
  pole: Vec;
  /** Legs: the way the foot points from the ankle. @default forward */
  tip?: Vec;
}

export interface PoseAim {
  /** Centre of the hips. */
  pelvis: Vec;
  /** Hips to shoulders. */
  torso: Vec;
  /** Shoulders to head. @default the torso's direction */
  neck?: Vec;
  /** Where the face looks: a short nose mark shows it. */
  face: Vec;
  /**
   * Bows the spine (cat-cow, a rounded fold): the way its middle bulges, as a fraction of the
   * spine's length. The hips-to-shoulders distance shrinks so the spine keeps its length.
   */
  bow?: Vec;
  near: { leg: LimbAim; arm: LimbAim };
  far: { leg: LimbAim; arm: LimbAim };
}

export interface Leg {
  hip: Vec;
  knee: Vec;
  ankle: Vec;
  toe: Vec;
}

export interface Arm {
  shoulder: Vec;
  elbow: Vec;
  wrist: Vec;
}

/** A posed body: every joint, placed at BODY's lengths. */
export interface Pose {
  pelvis: Vec;
  chest: Vec;
  /** The spine's bulge, as a curve's control point; at the middle when the spine is straight. */
  spineControl: Vec;
  head: Vec;
  face: Vec;
  near: { leg: Leg; arm: Arm };
  far: { leg: Leg; arm: Arm };
}

/** Near is +z (the side facing the viewer), far is -z. */
const lateral = (near: boolean, half: number): Vec => [0, 0, near ? half : -half];

function leg(pelvis: Vec, near: boolean, aim: LimbAim): Leg {
  const hip = add(pelvis, lateral(near, BODY.hipHalf));
  const [knee, ankle] = bend(hip, aim.end, BODY.thigh, BODY.shin, aim.pole);
  return { hip, knee, ankle, toe: reach(ankle, aim.tip ?? [1, 0, 0], BODY.foot) };
}

function arm(chest: Vec, near: boolean, aim: LimbAim): Arm {
  const shoulder = add(chest, lateral(near, BODY.shoulderHalf));
  const [elbow, wrist] = bend(shoulder, aim.end, BODY.upperArm, BODY.forearm, aim.pole);
  return { shoulder, elbow, wrist };
}

/**
 * How far apart the hips and shoulders are when the spine bows by `bow` (a fraction of its
 * length), so the curve through them (a quadratic pulled toward the bulge) is still
 * BODY.torso long. Found by measuring the curve for a unit chord.
 */
export function spineReach(bow: number): number {
  const steps = 64;
  let curve = 0;
  let previous: readonly [number, number] = [0, 0];
  for (let i = 1; i <= steps; i += 1) {
    const t = i / steps;
    // Quadratic from (0,0) to (1,0) with its control at (0.5, 2 * bow): the middle bulges by bow.
    const point = [t, 2 * (1 - t) * t * 2 * bow] as const;
    curve += Math.hypot(point[0] - previous[0], point[1] - previous[1]);
    previous = point;
  }
  return BODY.torso / curve;
}

/** Places every joint of a pose from its aims, at the body's lengths. */
export function pose(aim: PoseAim): Pose {
  const bowSize = aim.bow ? Math.hypot(...aim.bow) : 0;
  const chord = bowSize > 0 ? spineReach(bowSize) : BODY.torso;
  const chest = reach(aim.pelvis, aim.torso, chord);
  const middle = scale(add(aim.pelvis, chest), 0.5);
  const spineControl = aim.bow ? add(middle, scale(unit(aim.bow), 2 * bowSize * chord)) : middle;
  return {
    pelvis: aim.pelvis,
    chest,
    spineControl,
    head: reach(chest, aim.neck ?? aim.torso, BODY.neck),
    face: unit(aim.face),
    near: { leg: leg(aim.pelvis, true, aim.near.leg), arm: arm(chest, true, aim.near.arm) },
    far: { leg: leg(aim.pelvis, false, aim.far.leg), arm: arm(chest, false, aim.far.arm) },
  };
}
