import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Svelte's runtime keeps every error and warning it can raise in a few files (`errors.js`,
 * `warnings.js`), imported as `import * as e from './errors.js'`. The bundler places a whole
 * module in one chunk, so the chunk every window loads carried the throwers of every window:
 * the nudge loaded the settings form's checkbox-binding error and the list block's key errors.
 *
 * This gives each of those functions a module of its own: `e.effect_orphan()` becomes an import
 * of `errors.js?limber-message=effect_orphan`, a copy of the file from which the bundler keeps
 * that one export. A thrower then sits in the chunk of the windows whose code can throw it.
 * The functions are independent (each builds and throws or logs one message), which is what
 * makes the copies safe.
 */
export function svelteSplitMessages(): Plugin {
  const exportsByFile = new Map<string, Set<string>>();
  const exportsOf = (file: string) => {
    let names = exportsByFile.get(file);
    if (!names) exportsByFile.set(file, (names = readMessageExports(file)));
    return names;
  };
  return {
    name: 'limber:svelte-split-messages',
    transform(code, id) {
      if (!id.includes('/svelte/src/internal/') || id.includes(MESSAGE_QUERY)) return null;
      const rewritten = splitMessageImports(code, id, exportsOf);
      return rewritten === code ? null : { code: rewritten, map: null };
    },
  };
}

const MESSAGE_QUERY = '?limber-message=';

const messageNamespace =
  /import \* as ([ew]) from '((?:\.\.?\/)+(?:shared\/)?(?:errors|warnings)\.js)';\n?/g;

/**
 * One runtime module's `e.name(…)` and `w.name(…)` calls pointed at one-function modules. Only
 * names the message file exports are rewritten: the same letter is also a local variable in
 * places (`var e = effect`), and its `e.parent` must stay as it is.
 */
export function splitMessageImports(
  code: string,
  id: string,
  exportsOf: (file: string) => ReadonlySet<string>,
): string {
  const namespaces = [...code.matchAll(messageNamespace)];
  if (namespaces.length === 0) return code;
  let body = code.replace(messageNamespace, '');
  const imports: string[] = [];
  for (const [, letter, from] of namespaces) {
    const file = resolve(dirname(id), from!);
    const known = exportsOf(file);
    const used = new Set<string>();
    body = body.replace(
      new RegExp(`(?<![\\w$.])${letter}\\.([A-Za-z_$][\\w$]*)(?=\\s*\\()`, 'g'),
      (call, name: string) => {
        if (!known.has(name)) return call;
        used.add(name);
        return `$msg_${letter}_${name}`;
      },
    );
    for (const name of used) {
      imports.push(
        `import { ${name} as $msg_${letter}_${name} } from ${JSON.stringify(file + MESSAGE_QUERY + name)};`,
      );
    }
  }
  return `${imports.join('\n')}\n${body}`;
}

/** The functions a message file exports, its own and those it re-exports with `export *`. */
export function readMessageExports(file: string): Set<string> {
  const source = readFileSync(file, 'utf8');
  const names = new Set([...source.matchAll(/export function ([\w$]+)/g)].map(([, name]) => name!));
  for (const [, from] of source.matchAll(/export \*\s*from '([^']+)'/g)) {
    for (const name of readMessageExports(resolve(dirname(file), from!))) names.add(name);
  }
  if (names.size === 0)
    throw new Error(`${file}: no exported functions found; has Svelte changed?`);
  return names;
}
