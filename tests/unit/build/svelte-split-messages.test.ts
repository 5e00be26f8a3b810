import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

import { readMessageExports, splitMessageImports } from '../../../scripts/svelte-split-messages';

const clientDir = resolve(
  dirname(createRequire(import.meta.url).resolve('svelte/package.json')),
  'src/internal/client',
);
const errorsFile = resolve(clientDir, 'errors.js');
const exportsOf = (file: string) => readMessageExports(file);

describe("Svelte's errors and warnings, one module each", () => {
  it('points each thrower a runtime module calls at a copy holding only it', () => {
    const runtime = [
      "import * as e from '../errors.js';",
      'export function run() { if (bad) e.effect_orphan(); e.lifecycle_outside_component(); }',
    ].join('\n');
    const out = splitMessageImports(runtime, resolve(clientDir, 'reactivity/x.js'), exportsOf);
    expect(out).not.toContain("from '../errors.js'");
    expect(out).toContain(
      `import { effect_orphan as $msg_e_effect_orphan } from ${JSON.stringify(`${errorsFile}?limber-message=effect_orphan`)};`,
    );
    expect(out).toContain('if (bad) $msg_e_effect_orphan(); $msg_e_lifecycle_outside_component();');
  });

  it('leaves a local variable of the same letter alone', () => {
    const runtime = [
      "import * as e from './errors.js';",
      'function walk(effect) { var e = effect; e.parent(); e.effect_orphan(); }',
    ].join('\n');
    const out = splitMessageImports(runtime, resolve(clientDir, 'x.js'), exportsOf);
    expect(out).toContain('var e = effect; e.parent(); $msg_e_effect_orphan();');
  });

  it('splits warnings too, and leaves a module without message imports unchanged', () => {
    const runtime = "import * as w from './warnings.js';\nw.select_multiple_invalid_value();";
    const out = splitMessageImports(runtime, resolve(clientDir, 'x.js'), exportsOf);
    expect(out).toMatch(/warnings\.js\?limber-message=select_multiple_invalid_value"/);
    const plain = 'export const x = 1;';
    expect(splitMessageImports(plain, resolve(clientDir, 'x.js'), exportsOf)).toBe(plain);
  });

  it("knows the throwers a file re-exports from Svelte's shared errors", () => {
    const names = readMessageExports(errorsFile);
    expect(names).toContain('effect_orphan');
    // Defined in internal/shared/errors.js and re-exported with `export *`.
    expect(names).toContain('lifecycle_outside_component');
  });

  it('stops the build when a message file exports no functions', () => {
    const dir = mkdtempSync(join(tmpdir(), 'limber-messages-'));
    writeFileSync(join(dir, 'errors.js'), 'export const nothing = 1;\n');
    expect(() => readMessageExports(join(dir, 'errors.js'))).toThrow(/no exported functions/);
  });
});
