import type { Camera } from './space';

/**
 * The views the drawings use. All are parallel projections that never scale heights and keep
 * lines along the bed and the floor level, so every figure shares the same body size, bed line
 * and floor line whatever the view.
 */

/** Straight from the side: right for moves that happen forward and back, up and down. */
export const SIDE: Camera = { x: [1, 0], z: [0, 0], origin: [0, 0, 0] };

/**
 * From the side and above: the top of the bed shows, and a move across the body (a knee
 * falling open, an ankle crossing a knee) shows as a move down, toward the viewer.
 */
export const RAISED: Camera = { x: [1, 0], z: [0.12, 0.42], origin: [0, 0, 0] };

/**
 * From high above the side of the bed: for a pose whose shape lies flat on the bed (knees
 * falling open both ways), so the shape shows almost as if seen from the ceiling while the
 * bed's front edge stays the baseline.
 */
export const ABOVE: Camera = { x: [1, 0], z: [0.1, 0.75], origin: [0, 0, 0] };

/**
 * Three-quarters from the front, for a seated figure: the knees come toward the viewer and the
 * legs spread left and right, so a crossed ankle shows on top of the other knee.
 */
export const FRONT_QUARTER: Camera = { x: [0.62, 0], z: [-0.78, 0], origin: [0, 0, 0] };
