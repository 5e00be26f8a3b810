import type { IllustrationShape } from '@shared/content/types';

/** Where a drawing's strokes go, read back from the shapes the renderer gets. */

export type Point = readonly [number, number];

/**
 * The points a path passes through. Straight runs give their ends; a quadratic curve is
 * sampled, because its control point lies off the curve. Handles the M, L, H, V, Q, Z the
 * drawings use.
 */
export function pathPoints(d: string): Point[] {
  const tokens = d.match(/[MLHVQZ]|-?\d*\.?\d+/gi) ?? [];
  const points: Point[] = [];
  let at: Point = [0, 0];
  let command = '';
  const next = (): number => Number(tokens.shift());
  while (tokens.length > 0) {
    if (/^[a-z]$/i.test(tokens[0] ?? '')) command = (tokens.shift() ?? '').toUpperCase();
    if (command === 'Z') continue;
    if (command === 'H') at = [next(), at[1]];
    else if (command === 'V') at = [at[0], next()];
    else if (command === 'Q') {
      const control: Point = [next(), next()];
      const end: Point = [next(), next()];
      for (let t = 0.1; t < 1; t += 0.1) {
        const u = 1 - t;
        points.push([
          u * u * at[0] + 2 * u * t * control[0] + t * t * end[0],
          u * u * at[1] + 2 * u * t * control[1] + t * t * end[1],
        ]);
      }
      at = end;
    } else at = [next(), next()];
    points.push(at);
  }
  return points;
}

/** A shape's outline points: a path's, or a circle's four extremes. */
export function shapePoints(shape: IllustrationShape): Point[] {
  if (shape.kind === 'path') return pathPoints(shape.d);
  const { cx, cy, r } = shape;
  return [
    [cx - r, cy],
    [cx + r, cy],
    [cx, cy - r],
    [cx, cy + r],
  ];
}

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export function boundsOf(points: readonly Point[]): Box {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return {
    left: Math.min(...xs),
    right: Math.max(...xs),
    top: Math.min(...ys),
    bottom: Math.max(...ys),
  };
}
