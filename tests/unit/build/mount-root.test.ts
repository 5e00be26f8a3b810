import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const svelteDir = dirname(createRequire(import.meta.url).resolve('svelte/package.json'));
const svelteVersion = JSON.parse(readFileSync(resolve(svelteDir, 'package.json'), 'utf8')).version;
const renderJs = resolve(svelteDir, 'src/internal/client/render.js');
const mountRootTs = resolve(import.meta.dirname, '../../../src-renderer/src/window/mount-root.ts');

/**
 * SHA-256 of Svelte's `_mount` and `unmount` (comments and whitespace taken out), as they were
 * in Svelte 5.57.3 when src-renderer/src/window/mount-root.ts copied them without the boundary.
 */
const COPIED_FROM = {
  _mount: '2c6a0d1061b790780e85b3688dc4c9c649f06110dc7d85a47bc78964164107df',
  unmount: '18b2308ff27824df96329a5d392d527ff610dcc91f43b2c47e547e922b62f031',
};

/** A function's text, from `function name(` to its closing brace. */
function functionText(source: string, name: string): string {
  const start = source.indexOf(`function ${name}(`);
  if (start === -1) throw new Error(`render.js has no function ${name}`);
  let depth = 0;
  let i = source.indexOf('(', start);
  // The parameter list first (it may destructure, with braces of its own), then the body.
  for (const [open, close] of [
    ['(', ')'],
    ['{', '}'],
  ] as const) {
    i = source.indexOf(open, i);
    for (; i < source.length; i++) {
      if (source[i] === open) depth++;
      else if (source[i] === close && --depth === 0) break;
    }
    if (depth !== 0) throw new Error(`render.js: ${name} does not close`);
  }
  return source.slice(start, i + 1);
}

/** The code alone: comments out, runs of whitespace one space, so a reformat changes nothing. */
function normalised(code: string): string {
  return code
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe("mountRoot, Svelte's mount without the boundary", () => {
  const render = readFileSync(renderJs, 'utf8');

  for (const name of Object.keys(COPIED_FROM) as (keyof typeof COPIED_FROM)[]) {
    it(`was written against Svelte's current ${name}`, () => {
      const hash = sha256(normalised(functionText(render, name)));
      expect(
        hash,
        [
          `Svelte ${svelteVersion} changed ${name} in ${renderJs}.`,
          'src-renderer/src/window/mount-root.ts is a copy of it without the async boundary:',
          "read Svelte's new version, bring mountRoot/unmountRoot in line with it (or go back to",
          "Svelte's mount if it no longer pulls in dom/blocks/boundary.js), then put the new hash",
          'in COPIED_FROM in this test.',
        ].join('\n'),
      ).toBe(COPIED_FROM[name]);
    });
  }

  it("imports Svelte's own runtime files, the ones its components' imports resolve to", () => {
    const source = readFileSync(mountRootTs, 'utf8');
    const imports = [...source.matchAll(/import\s*\{([^}]*)\}\s*from\s*'(\.[^']+)'/g)].filter(
      ([, , from]) => from!.includes('/svelte/'),
    );
    expect(imports.length).toBeGreaterThan(0);
    for (const [, list, from] of imports) {
      const file = resolve(dirname(mountRootTs), from!);
      // The relative path lands in the svelte that Node and the build resolve, not a stray copy.
      expect(
        file.startsWith(resolve(svelteDir, 'src') + '/'),
        `${from} is not in ${svelteDir}`,
      ).toBe(true);
      const runtime = readFileSync(file, 'utf8');
      for (const name of list!
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean)) {
        expect(runtime, `${file} no longer exports ${name}`).toMatch(
          new RegExp(`export (?:function|const|let|var) ${name.replace(/\$/g, '\\$')}\\b`),
        );
      }
    }
  });
});

describe('the normalised text the hash is taken of', () => {
  it('ignores comments and layout, but not code', () => {
    const a = 'function f({ a }) {\n\t// note\n\treturn a; /* x */\n}';
    const b = 'function f({ a }) { return a; }';
    expect(normalised(functionText(a, 'f'))).toBe(normalised(functionText(b, 'f')));
    expect(normalised(functionText('function f() { return b; }', 'f'))).not.toBe(
      normalised(functionText(b, 'f')),
    );
  });

  it('takes the whole function, past the braces of a destructured parameter', () => {
    const source = 'function g({ x = {} }) { if (x) { y(); } return 1; }\nfunction h() {}';
    expect(functionText(source, 'g')).toBe('function g({ x = {} }) { if (x) { y(); } return 1; }');
  });
});
