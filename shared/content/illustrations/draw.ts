import type { IllustrationRole, IllustrationShape } from '../types';
import type { Point } from './space';

/**
 * Small drawing helpers so each figure reads as a list of joints instead of raw path strings.
 * Every figure uses the same viewBox, body and surfaces, which keeps the set consistent.
 */

export const VIEWBOX_WIDTH = 240;
const VIEWBOX_HEIGHT = 160;

/**
 * The viewBox of a one-frame drawing. A two-frame flow splits this width between its frames
 * (120 each), so the body is the same size in every drawing.
 */
export const VIEWBOX = `0 0 ${VIEWBOX_WIDTH} ${VIEWBOX_HEIGHT}`;

// A tenth of a unit is finer than a 160-unit-high drawing can show, and keeps every number short.
const round = (n: number): number => Math.round(n * 10) / 10;
const pt = ([x, y]: Point): string => `${round(x)} ${round(y)}`;

/** A chain of joints joined by straight strokes (a limb: hip, knee, ankle, toes). */
export function limb(role: IllustrationRole, ...points: Point[]): IllustrationShape {
  const [first, ...rest] = points;
  if (!first) throw new Error('limb needs at least one point');
  return { kind: 'path', role, d: `M ${pt(first)}` + rest.map((p) => ` L ${pt(p)}`).join('') };
}

/** A round outline (a head), on the same tenth-of-a-unit grid as the strokes. */
export function circle(role: IllustrationRole, [cx, cy]: Point, r: number): IllustrationShape {
  return { kind: 'circle', role, cx: round(cx), cy: round(cy), r: round(r) };
}

/** One smooth bend from `from` to `to`, pulled toward `control` (a spine, a towel). */
export function curve(
  role: IllustrationRole,
  from: Point,
  control: Point,
  to: Point,
): IllustrationShape {
  return { kind: 'path', role, d: `M ${pt(from)} Q ${pt(control)} ${pt(to)}` };
}

/**
 * A small curved arrow that shows which way to move. The head is computed from the last
 * direction of travel so arrows look alike whatever way they point.
 */
export function arrow(from: Point, control: Point, to: Point): IllustrationShape {
  const dx = to[0] - control[0];
  const dy = to[1] - control[1];
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const size = 5;
  // Two barbs swept back from the tip at about 30 degrees either side of the travel direction.
  const barb = (sign: number): Point => [
    to[0] - size * (ux * 0.87 - sign * uy * 0.5),
    to[1] - size * (uy * 0.87 + sign * ux * 0.5),
  ];
  return {
    kind: 'path',
    role: 'motion',
    d: `M ${pt(from)} Q ${pt(control)} ${pt(to)} M ${pt(barb(1))} L ${pt(to)} L ${pt(barb(-1))}`,
  };
}
