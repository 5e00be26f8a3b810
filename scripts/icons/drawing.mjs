// The one drawing every Limber icon comes from: a figure reaching up in a stretch, built from
// distance functions in a unit square (y down), so any size renders crisply from the same
// shapes. A shape is (x, y) => signed distance: <= 0 inside.

const segment = (ax, ay, bx, by, r) => (x, y) => {
  const [dx, dy, px, py] = [bx - ax, by - ay, x - ax, y - ay];
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - t * dx, py - t * dy) - r;
};
const circle = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) - r;
const box = (x0, y0, x1, y1) => (x, y) => Math.max(x0 - x, x - x1, y0 - y, y - y1);
/** `shape` with `hole` cut out of it. */
const minus = (shape, hole) => (x, y) => Math.max(shape(x, y), -hole(x, y));
const union =
  (...shapes) =>
  (x, y) =>
    Math.min(...shapes.map((shape) => shape(x, y)));

/** A person with both arms stretched overhead in a V, feet apart. */
export function figure(stroke) {
  const r = stroke / 2;
  return union(
    circle(0.5, 0.2, 0.09), // head, clear of the arms
    segment(0.5, 0.42, 0.5, 0.64, r), // body
    segment(0.5, 0.42, 0.17, 0.09, r), // arms up
    segment(0.5, 0.42, 0.83, 0.09, r),
    segment(0.5, 0.64, 0.3, 0.93, r), // legs
    segment(0.5, 0.64, 0.7, 0.93, r),
  );
}

// The tray's state badges sit in the bottom-right corner, with a clear ring cut into the figure
// so they read at 16 px. Shapes differ as well as colours: macOS draws template icons in one
// colour, and not everyone tells orange from grey.
const BADGE = [0.76, 0.76, 0.24];

/** The figure with the corner cleared for a badge. */
export const clearedFigure = (stroke) =>
  minus(figure(stroke), circle(BADGE[0], BADGE[1], BADGE[2] + 0.06));

/** "Nudge due": a solid dot. */
export const dueBadge = circle(...BADGE);

/** "Paused": two bars. */
export function pauseBadge() {
  const [cx, cy, r] = BADGE;
  const half = r * 0.9;
  return union(
    box(cx - half, cy - half, cx - half * 0.25, cy + half),
    box(cx + half * 0.25, cy - half, cx + half, cy + half),
  );
}

/** The app icon's tile: a square with rounded corners. */
export function roundedSquare(inset, radius) {
  return (x, y) => {
    const qx = Math.abs(x - 0.5) - (0.5 - inset - radius);
    const qy = Math.abs(y - 0.5) - (0.5 - inset - radius);
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
  };
}

/** Scales a shape into a centred box `scale` wide. */
export const fit = (shape, scale) => (x, y) =>
  shape((x - 0.5) / scale + 0.5, (y - 0.5) / scale + 0.5) * scale;
