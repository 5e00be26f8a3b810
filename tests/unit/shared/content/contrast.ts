/** WCAG contrast between two `#rrggbb` colours, and reading colours out of CSS source. */

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

/** A `light-dark(#light, #dark)` pair, as written in the CSS. */
export interface SchemePair {
  light: string;
  dark: string;
}

const pair = /light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)/i;

export function parsePair(value: string, what: string): SchemePair {
  const match = pair.exec(value);
  if (!match?.[1] || !match[2]) throw new Error(`No light-dark() colour pair for ${what}`);
  return { light: match[1], dark: match[2] };
}

/** A custom property's light-dark() pair from theme.css: `--bg: light-dark(…);`. */
export function themeColour(css: string, name: string): SchemePair {
  const line = new RegExp(`${name}:\\s*([^;]+);`).exec(css);
  return parsePair(line?.[1] ?? '', name);
}

/** The stroke a CSS rule sets: `.surface { stroke: light-dark(…); }`. */
export function ruleStroke(css: string, selector: string): SchemePair {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const rule = new RegExp(`${escaped}\\s*\\{([^}]*)\\}`).exec(css);
  const stroke = /stroke:\s*([^;]+);/.exec(rule?.[1] ?? '');
  return parsePair(stroke?.[1] ?? '', selector);
}
