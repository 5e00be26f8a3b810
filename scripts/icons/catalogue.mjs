// Every icon file Limber ships, each made from the one drawing in drawing.mjs. Lazy: a file's
// pixels are rendered only when its bytes are asked for, so a test can remake the small ones
// cheaply and compare them with what is committed.
import { clearedFigure, dueBadge, figure, fit, pauseBadge, roundedSquare } from './drawing.mjs';
import { encodeIcns, encodeIco, encodePng } from './encode.mjs';
import { render } from './raster.mjs';

const DARK = [31, 35, 40]; // glyph for light panels
const LIGHT = [245, 245, 245]; // glyph for dark panels
const BLACK = [0, 0, 0]; // template images: macOS uses only their alpha
const TILE = [47, 143, 131];
const WHITE = [255, 255, 255];
const ALERT = [232, 112, 32]; // the "nudge due" dot: visible on light and dark panels

// ---- tray ----------------------------------------------------------------------------------

/** Tray sizes: 16 px at 1x, 32 px at 2x, with a thinner stroke where there are pixels to spare. */
const TRAY_SCALES = [
  ['', 16, 0.13],
  ['@2x', 32, 0.11],
];

/** The layers of one tray state in one glyph colour; the due dot stays orange unless `mono`. */
function trayLayers(state, stroke, glyph, mono) {
  if (state === 'normal') return [[figure(stroke), glyph]];
  const badge = state === 'due' ? [dueBadge, mono ? glyph : ALERT] : [pauseBadge(), glyph];
  return [[clearedFigure(stroke), glyph], badge];
}

const stateSuffix = (state) => (state === 'normal' ? '' : `-${state}`);

/** A PNG drawn from layers, rendered when first asked for. */
const png = (name, size, layers) => ({
  name,
  size,
  bytes: () => encodePng(size, render(size, layers)),
});

const trayIcons = ['normal', 'due', 'paused'].flatMap((state) =>
  TRAY_SCALES.flatMap(([scale, size, stroke]) => [
    png(`tray${stateSuffix(state)}-dark${scale}.png`, size, trayLayers(state, stroke, DARK, false)),
    png(
      `tray${stateSuffix(state)}-light${scale}.png`,
      size,
      trayLayers(state, stroke, LIGHT, false),
    ),
    png(
      `tray${stateSuffix(state)}Template${scale}.png`,
      size,
      trayLayers(state, stroke, BLACK, true),
    ),
  ]),
);

// ---- app icon ------------------------------------------------------------------------------

/** The figure in white on a rounded green tile; small sizes get a bolder stroke to stay legible. */
function appIconLayers(size) {
  const stroke = size <= 32 ? 0.15 : size <= 64 ? 0.12 : 0.1;
  return [
    [roundedSquare(0.04, 0.2), TILE],
    [fit(figure(stroke), 0.7), WHITE],
  ];
}

const rendered = new Map();
/** The app icon at `size` px as PNG, drawn once per size. */
function appIconPng(size) {
  if (!rendered.has(size)) rendered.set(size, encodePng(size, render(size, appIconLayers(size))));
  return rendered.get(size);
}

const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
const ICNS_SIZES = [16, 32, 64, 128, 256, 512, 1024];

/**
 * Every icon file, as { name (under resources/), size (largest image, px), bytes() }. Tray
 * names must match what the tray code loads (src-main/electron/tray.ts, tray-icon-files.ts).
 */
export const ICON_FILES = [
  ...trayIcons,
  { name: 'icon.png', size: 1024, bytes: () => appIconPng(1024) },
  ...LINUX_SIZES.map((size) => ({
    name: `icons/${size}x${size}.png`,
    size,
    bytes: () => appIconPng(size),
  })),
  {
    name: 'icon.ico',
    size: Math.max(...ICO_SIZES),
    bytes: () => encodeIco(ICO_SIZES.map((size) => ({ size, png: appIconPng(size) }))),
  },
  {
    name: 'icon.icns',
    size: Math.max(...ICNS_SIZES),
    bytes: () => encodeIcns(Object.fromEntries(ICNS_SIZES.map((size) => [size, appIconPng(size)]))),
  },
];
