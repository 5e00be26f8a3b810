/**
 * The space the figures are posed in. Poses are 3D so a picture can turn to show a sideways
 * move (an ankle crossed over a knee, knees falling open) and still be the same body at the same
 * scale as the side views. x runs right, y runs down (as in SVG), z comes toward the viewer.
 */

/** A point or a direction in pose space. */
export type Vec = readonly [x: number, y: number, z: number];

/** A point on the drawing, in viewBox units. */
export type Point = readonly [x: number, y: number];

export const add = (a: Vec, b: Vec): Vec => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: Vec, b: Vec): Vec => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: Vec, k: number): Vec => [a[0] * k, a[1] * k, a[2] * k];
export const dot = (a: Vec, b: Vec): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const length = (a: Vec): number => Math.hypot(a[0], a[1], a[2]);

export function unit(a: Vec): Vec {
  const n = length(a);
  if (n === 0) throw new Error('A direction needs a length');
  return scale(a, 1 / n);
}

/**
 * A direction in the picture plane, by angle: 0 is forward (right), 90 straight up, -90 down.
 * `toward` tips it toward (+) or away from (-) the viewer, as a fraction of its length.
 */
export function ang(degrees: number, toward = 0): Vec {
  const r = (degrees * Math.PI) / 180;
  return unit([Math.cos(r), -Math.sin(r), toward]);
}

/** The point `distance` away from `from` along `direction`. */
export function reach(from: Vec, direction: Vec, distance: number): Vec {
  return add(from, scale(unit(direction), distance));
}

/**
 * Where the joints of a two-bone limb go (knee and ankle, elbow and wrist) so both bones keep
 * their lengths and the end lands on `target`, the middle joint bending toward `pole`. A target
 * out of reach is met with the limb pointing at it, straight; one too close, folded shut: bones
 * never stretch or shrink.
 */
export function bend(
  start: Vec,
  target: Vec,
  first: number,
  second: number,
  pole: Vec,
): [middle: Vec, end: Vec] {
  const toTarget = sub(target, start);
  const along = length(toTarget) > 1e-9 ? unit(toTarget) : ([1, 0, 0] as Vec);
  const span = Math.min(
    Math.max(length(toTarget), Math.abs(first - second) + 1e-6),
    first + second - 1e-6,
  );
  const a = (first * first - second * second + span * span) / (2 * span);
  const h = Math.sqrt(Math.max(0, first * first - a * a));
  const middle = add(start, add(scale(along, a), scale(across(along, pole), h)));
  const end = add(start, scale(along, span));
  return [middle, end];
}

/** The part of `pole` square to `along`: the way a joint sticks out. Any square way if none. */
function across(along: Vec, pole: Vec): Vec {
  const square = sub(pole, scale(along, dot(pole, along)));
  if (length(square) > 1e-9) return unit(square);
  const other: Vec = Math.abs(along[1]) < 0.9 ? [0, 1, 0] : [1, 0, 0];
  return unit(sub(other, scale(along, dot(other, along))));
}

/**
 * A parallel projection: how far one unit along x and along z moves the point on the drawing.
 * y keeps its scale in every camera, so heights, the floor line and the bed line stay level
 * and every figure stands on the same baseline. `origin` is drawn where it is.
 */
export interface Camera {
  x: Point;
  z: Point;
  origin: Vec;
}

export function project(camera: Camera, p: Vec): Point {
  const d = sub(p, camera.origin);
  return [
    camera.origin[0] + d[0] * camera.x[0] + d[2] * camera.z[0],
    camera.origin[1] + d[1] + d[0] * camera.x[1] + d[2] * camera.z[1],
  ];
}

/**
 * The direction the camera looks from (toward the viewer): the one direction the projection
 * flattens to a point. Used to decide which faces of a box are seen.
 */
export function towardViewer(camera: Camera): Vec {
  const [ax, bx] = camera.x;
  const [az, bz] = camera.z;
  // Solves ax*vx + az*vz = 0 and vy + bx*vx + bz*vz = 0, signed so z points at the viewer
  // whenever the x axis is drawn left to right.
  return [-az, az * bx - ax * bz, ax];
}

/**
 * The point at depth `z` that the camera draws at `drawn`: lets a pose be placed where it should
 * appear in the picture ("the knee goes here, out toward you") while staying a real 3D point.
 */
export function seen(camera: Camera, drawn: Point, z: number): Vec {
  const [ox, oy, oz] = camera.origin;
  const dz = z - oz;
  const dx = (drawn[0] - ox - dz * camera.z[0]) / camera.x[0];
  const dy = drawn[1] - oy - dx * camera.x[1] - dz * camera.z[1];
  return [ox + dx, oy + dy, z];
}
