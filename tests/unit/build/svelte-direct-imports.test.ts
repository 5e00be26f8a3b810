import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

import { readReExports, rewriteImports } from '../../../scripts/svelte-direct-imports';

const svelteSrc = resolve(
  dirname(createRequire(import.meta.url).resolve('svelte/package.json')),
  'src',
);
const clientBarrel = resolve(svelteSrc, 'internal/client/index.js');
const svelteBarrel = resolve(svelteSrc, 'index-client.js');
const barrels = [
  { specifier: 'svelte/internal/client', file: clientBarrel, exports: readReExports(clientBarrel) },
  { specifier: 'svelte', file: svelteBarrel, exports: readReExports(svelteBarrel) },
];

describe('Svelte runtime imported file by file', () => {
  it("points a compiled component's `$.name` at the runtime file that defines it", () => {
    const compiled = [
      "import * as $ from 'svelte/internal/client';",
      'export default function View($$anchor) { $.each($$anchor, 0, () => [], $.index); }',
    ].join('\n');
    const out = rewriteImports(compiled, '/app/View.svelte', barrels);
    expect(out).not.toContain('svelte/internal/client');
    expect(out).toContain(
      `import { each as $sv_each, index as $sv_index } from ${JSON.stringify(resolve(svelteSrc, 'internal/client/dom/blocks/each.js'))}`,
    );
    expect(out).toContain('$sv_each($$anchor, 0, () => [], $sv_index)');
  });

  it("rewrites a runtime call inside a spread, but not another object's `$`", () => {
    const out = rewriteImports(
      "import * as $ from 'svelte/internal/client';\nf(...$.snapshot(list), jq.$.each);",
      '/app/View.svelte',
      barrels,
    );
    expect(out).toContain('f(...$sv_snapshot(list), jq.$.each)');
  });

  it('follows a renamed export: `$.await` is await_block in its file', () => {
    const out = rewriteImports(
      "import * as $ from 'svelte/internal/client';\n$.await(a);",
      '/app/View.svelte',
      barrels,
    );
    expect(out).toMatch(/import \{ await_block as \$sv_await \} from ".*dom\/blocks\/await\.js"/);
  });

  it('keeps what `svelte` defines itself and sends its re-exports to their files', () => {
    const out = rewriteImports(
      "import { onMount, tick as nextTick } from 'svelte';",
      '/app/view.ts',
      barrels,
    );
    expect(out).toContain("import { onMount } from 'svelte';");
    expect(out).toMatch(/import \{ tick as nextTick \} from ".*internal\/client\/runtime\.js"/);
  });

  it("rewrites Svelte's own relative imports of the barrel", () => {
    const out = rewriteImports(
      "import { user_effect } from './internal/client/index.js';",
      svelteBarrel,
      barrels,
    );
    expect(out).toMatch(/import \{ user_effect as user_effect \} from ".*reactivity\/effects\.js"/);
  });

  it('stops the build, naming the export, when the runtime has no such name', () => {
    expect(() =>
      rewriteImports(
        "import * as $ from 'svelte/internal/client';\n$.no_such_helper();",
        '/app/View.svelte',
        barrels,
      ),
    ).toThrow('/app/View.svelte: svelte/internal/client has no export "no_such_helper"');
  });

  it('leaves code that imports neither barrel as it was', () => {
    const code = "import { x } from './y';\nconst price = '$.50';";
    expect(rewriteImports(code, '/app/a.ts', barrels)).toBe(code);
  });

  it('refuses a barrel with no re-exports, so a Svelte reshuffle cannot pass unnoticed', () => {
    expect(() => readReExports('/x/index.js', 'export function a() {}')).toThrow(
      'no re-exports found',
    );
  });
});
