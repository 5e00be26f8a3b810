// Draws Limber's tray and app icons as PNGs with nothing but Node's zlib, so the icons are
// reproducible from code: `node scripts/make-icons.mjs` rewrites resources/*.png.
// The glyph is a figure reaching up in a stretch, drawn from distance functions and
// anti-aliased by supersampling, so it stays legible at 16 px.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources');

// ---- geometry, in a unit square (y down) -------------------------------------------------

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
function figure(stroke) {
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
const clearedFigure = (stroke) =>
  minus(figure(stroke), circle(BADGE[0], BADGE[1], BADGE[2] + 0.06));

/** "Nudge due": a solid dot. */
const dueBadge = circle(...BADGE);

/** "Paused": two bars. */
function pauseBadge() {
  const [cx, cy, r] = BADGE;
  const half = r * 0.9;
  return union(
    box(cx - half, cy - half, cx - half * 0.25, cy + half),
    box(cx + half * 0.25, cy - half, cx + half, cy + half),
  );
}

/** The app icon: the figure in white on a rounded green tile. */
function roundedSquare(inset, radius) {
  return (x, y) => {
    const qx = Math.abs(x - 0.5) - (0.5 - inset - radius);
    const qy = Math.abs(y - 0.5) - (0.5 - inset - radius);
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
  };
}

// ---- rasterising -------------------------------------------------------------------------

const SAMPLES = 4;

/** Fraction of the pixel (px, py) covered by `shape`, sampled on a 4x4 grid. */
function coverage(shape, size, px, py) {
  let inside = 0;
  for (let i = 0; i < SAMPLES; i++) {
    for (let j = 0; j < SAMPLES; j++) {
      const x = (px + (i + 0.5) / SAMPLES) / size;
      const y = (py + (j + 0.5) / SAMPLES) / size;
      if (shape(x, y) <= 0) inside++;
    }
  }
  return inside / (SAMPLES * SAMPLES);
}

/** Paints layers ([shape, [r, g, b]]) over a transparent canvas, back to front. */
function render(size, layers) {
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const [shape, colour] of layers) {
        const c = coverage(shape, size, px, py);
        if (c === 0) continue;
        const outA = c + a * (1 - c);
        [r, g, b] = [0, 1, 2].map((k) => (colour[k] * c + [r, g, b][k] * a * (1 - c)) / outA);
        a = outA;
      }
      rgba.set([r, g, b, a * 255].map(Math.round), (py * size + px) * 4);
    }
  }
  return rgba;
}

// ---- PNG encoding ------------------------------------------------------------------------

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rows.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- the icons ---------------------------------------------------------------------------

const DARK = [31, 35, 40]; // glyph for light panels
const LIGHT = [245, 245, 245]; // glyph for dark panels
const TILE = [47, 143, 131];
const WHITE = [255, 255, 255];
const ALERT = [232, 112, 32]; // the "nudge due" dot: visible on light and dark panels

/** Scales a shape into a centred box `scale` wide. */
const fit = (shape, scale) => (x, y) =>
  shape((x - 0.5) / scale + 0.5, (y - 0.5) / scale + 0.5) * scale;

const icons = [
  ['tray-dark.png', 16, [[figure(0.13), DARK]]],
  ['tray-dark@2x.png', 32, [[figure(0.11), DARK]]],
  ['tray-light.png', 16, [[figure(0.13), LIGHT]]],
  ['tray-light@2x.png', 32, [[figure(0.11), LIGHT]]],
  ...[
    ['dark', DARK],
    ['light', LIGHT],
  ].flatMap(([panel, glyph]) =>
    [
      [16, 0.13],
      [32, 0.11],
    ].flatMap(([size, stroke]) => {
      const suffix = size === 32 ? '@2x' : '';
      const figureLayer = [clearedFigure(stroke), glyph];
      return [
        [`tray-due-${panel}${suffix}.png`, size, [figureLayer, [dueBadge, ALERT]]],
        [`tray-paused-${panel}${suffix}.png`, size, [figureLayer, [pauseBadge(), glyph]]],
      ];
    }),
  ),
  // electron-builder makes every platform's app icon from this one; macOS needs >= 512 px.
  [
    'icon.png',
    1024,
    [
      [roundedSquare(0.04, 0.2), TILE],
      [fit(figure(0.1), 0.7), WHITE],
    ],
  ],
];

mkdirSync(outDir, { recursive: true });
for (const [name, size, layers] of icons) {
  writeFileSync(join(outDir, name), encodePng(size, render(size, layers)));
  console.log(`resources/${name} (${size}x${size})`);
}
