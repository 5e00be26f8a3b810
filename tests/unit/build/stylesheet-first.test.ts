import { describe, expect, it } from 'vitest';

import { stylesheetsBeforeScripts } from '../../../scripts/stylesheet-first';

/** A page as Vite writes it: entry script, then its preloaded chunks, then its stylesheet. */
const built = [
  '<head>',
  '    <title>Limber</title>',
  '    <script type="module" crossorigin src="./assets/player-A.js"></script>',
  '    <link rel="modulepreload" crossorigin href="./assets/every-window-B.js">',
  '    <link rel="stylesheet" crossorigin href="./assets/style-C.css">',
  '  </head>',
].join('\n');

/** The file names a page's tags ask for, in the order the browser meets them. */
const requestOrder = (html: string) =>
  [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+)"/g)].map((match) => match[1]);

describe('the stylesheet is asked for before the scripts', () => {
  it('moves the stylesheet ahead of the entry script and its preloads', () => {
    const out = stylesheetsBeforeScripts(built);
    expect(requestOrder(out)).toEqual(['style-C.css', 'player-A.js', 'every-window-B.js']);
    // Still one tag a line, indented as before.
    expect(out).toContain('<title>Limber</title>\n    <link rel="stylesheet" crossorigin');
    expect(out.match(/rel="stylesheet"/g)).toHaveLength(1);
  });

  it('keeps two stylesheets in their order', () => {
    const two = built.replace(
      '  </head>',
      '    <link rel="stylesheet" crossorigin href="./assets/print-D.css">\n  </head>',
    );
    expect(requestOrder(stylesheetsBeforeScripts(two))).toEqual([
      'style-C.css',
      'print-D.css',
      'player-A.js',
      'every-window-B.js',
    ]);
  });

  it('leaves a page with no stylesheet, or no script, as it was', () => {
    const noStyles = built.replace(/.*rel="stylesheet".*\n/, '');
    expect(stylesheetsBeforeScripts(noStyles)).toBe(noStyles);
    const noScripts = built.replace(/.*(?:type="module"|modulepreload).*\n/g, '');
    expect(stylesheetsBeforeScripts(noScripts)).toBe(noScripts);
  });
});
