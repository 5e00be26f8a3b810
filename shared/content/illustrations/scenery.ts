import type { IllustrationShape } from '../types';
import { BODY } from './body';
import { VIEWBOX_WIDTH } from './draw';
import { type Camera, type Point, project, towardViewer, type Vec } from './space';

/**
 * The furniture, drawn once for every figure: a bed, a plain four-legged chair and the floor.
 * These heights are the baselines: a figure rests on the bed line, the seat or the floor line,
 * never above or through it.
 */

/** The floor line: standing and chair figures have their feet on it. */
export const FLOOR = 150;

/** The top of the mattress: lying and kneeling figures rest on it. */
export const BED_TOP = 112;

/** The chair seat: the height where a seated thigh is level with the shin upright. */
export const SEAT = FLOOR - BODY.shin;

/**
 * How far above a surface line a resting joint sits: half the figure's stroke plus half the
 * surface's, so the two lines touch without overlapping.
 */
export const REST = 3;

const MATTRESS = 12;
/** How deep the bed and the chair look when a view is turned to show depth. */
const BED_DEPTH = 72;
const SEAT_DEPTH = 34;

/** The edges of a box's faces that the camera sees, as one path. */
function box(camera: Camera, min: Vec, max: Vec): IllustrationShape {
  const c = (x: number, y: number, z: number): Point =>
    project(camera, [x ? max[0] : min[0], y ? max[1] : min[1], z ? max[2] : min[2]]);
  const view = towardViewer(camera);
  // Each face: its outward normal and its corners as [x, y, z] bits, in order round the face.
  const faces: [Vec, [number, number, number][]][] = [
    [
      [0, 0, 1],
      [
        [0, 0, 1],
        [1, 0, 1],
        [1, 1, 1],
        [0, 1, 1],
      ],
    ],
    [
      [0, 0, -1],
      [
        [0, 0, 0],
        [1, 0, 0],
        [1, 1, 0],
        [0, 1, 0],
      ],
    ],
    [
      [0, -1, 0],
      [
        [0, 0, 0],
        [1, 0, 0],
        [1, 0, 1],
        [0, 0, 1],
      ],
    ],
    [
      [0, 1, 0],
      [
        [0, 1, 0],
        [1, 1, 0],
        [1, 1, 1],
        [0, 1, 1],
      ],
    ],
    [
      [1, 0, 0],
      [
        [1, 0, 0],
        [1, 1, 0],
        [1, 1, 1],
        [1, 0, 1],
      ],
    ],
    [
      [-1, 0, 0],
      [
        [0, 0, 0],
        [0, 1, 0],
        [0, 1, 1],
        [0, 0, 1],
      ],
    ],
  ];
  const edges = new Map<string, [Point, Point]>();
  for (const [normal, corners] of faces) {
    const facing = normal[0] * view[0] + normal[1] * view[1] + normal[2] * view[2];
    if (facing <= 1e-6) continue;
    corners.forEach((from, i) => {
      const to = corners[(i + 1) % corners.length] ?? from;
      const key = [from.join(''), to.join('')].sort().join('-');
      edges.set(key, [c(...from), c(...to)]);
    });
  }
  const d = [...edges.values()].map(([a, b]) => `M ${pt(a)} L ${pt(b)}`).join(' ');
  return { kind: 'path', role: 'surface', d };
}

const pt = ([x, y]: Point): string => `${Math.round(x * 10) / 10} ${Math.round(y * 10) / 10}`;

const line = (camera: Camera, a: Vec, b: Vec): IllustrationShape => ({
  kind: 'path',
  role: 'surface',
  d: `M ${pt(project(camera, a))} L ${pt(project(camera, b))}`,
});

/** The floor, edge to edge. */
export function floor(camera: Camera): IllustrationShape {
  const y = project(camera, [camera.origin[0], FLOOR, camera.origin[2]])[1];
  return { kind: 'path', role: 'surface', d: `M 6 ${y} H ${VIEWBOX_WIDTH - 6}` };
}

export interface BedOptions {
  /** Where the bed starts and ends, left to right. */
  from: number;
  to: number;
  /** The end with the pillow, if any. */
  pillow?: 'left' | 'right';
  /** How far back the figure lies (turned views): the pillow goes under its head. @default 0 */
  lieAt?: number;
}

/**
 * A bed on the floor: the mattress as a box whose front edge is at z = 0, two legs, and a
 * pillow at the head end. In a turned view the top of the mattress shows, going back.
 */
export function bed(
  camera: Camera,
  { from, to, pillow, lieAt = 0 }: BedOptions,
): IllustrationShape[] {
  const shapes: IllustrationShape[] = [
    box(camera, [from, BED_TOP, -BED_DEPTH], [to, BED_TOP + MATTRESS, 0]),
    line(camera, [from + 6, BED_TOP + MATTRESS, 0], [from + 6, FLOOR, 0]),
    line(camera, [to - 6, BED_TOP + MATTRESS, 0], [to - 6, FLOOR, 0]),
  ];
  if (pillow) {
    const [left, right] = pillow === 'left' ? [from + 6, from + 44] : [to - 44, to - 6];
    shapes.push(pillowShape(camera, left, right, lieAt));
  }
  return shapes;
}

/** A soft pillow on the mattress, drawn flat at the depth of the head that rests on it. */
function pillowShape(camera: Camera, left: number, right: number, z: number): IllustrationShape {
  const top = BED_TOP - 8;
  const p = (x: number, y: number): string => pt(project(camera, [x, y, z]));
  return {
    kind: 'path',
    role: 'surface',
    d:
      `M ${p(left, BED_TOP)} Q ${p(left - 2, top)} ${p(left + 10, top)} ` +
      `L ${p(right - 10, top)} Q ${p(right + 2, top)} ${p(right, BED_TOP)} Z`,
  };
}

/**
 * A plain four-legged chair (four legs on purpose: the desk hip flexor needs a chair that
 * cannot roll), its back at `back` and the front of its seat at `front`, centred on z = 0.
 */
export function chair(camera: Camera, back: number, front: number): IllustrationShape[] {
  const [a, b] = back < front ? [back, front] : [front, back];
  const near = SEAT_DEPTH / 2;
  const far = -near;
  const legs = [a + 2, b - 2].flatMap((x) => [
    line(camera, [x, SEAT + 3, near], [x, FLOOR, near]),
    line(camera, [x, SEAT + 3, far], [x, FLOOR, far]),
  ]);
  const backrest: IllustrationShape = {
    kind: 'path',
    role: 'surface',
    d:
      `M ${pt(project(camera, [back, SEAT, far]))} L ${pt(project(camera, [back, SEAT - 52, far]))} ` +
      `L ${pt(project(camera, [back, SEAT - 52, near]))} L ${pt(project(camera, [back, SEAT, near]))}`,
  };
  return [backrest, ...legs, box(camera, [a, SEAT, far], [b, SEAT + 3, near]), floor(camera)];
}
