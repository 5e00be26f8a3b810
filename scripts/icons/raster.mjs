// Rasterises shapes from drawing.mjs into RGBA pixels, anti-aliased by supersampling.

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

/** Paints layers ([shape, [r, g, b]]) over a transparent size x size canvas, back to front. */
export function render(size, layers) {
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
