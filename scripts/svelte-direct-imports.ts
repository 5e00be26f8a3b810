import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Compiled Svelte components import the runtime through a barrel,
 * `import * as $ from 'svelte/internal/client'`, and `mount` or `tick` come through another,
 * `svelte`. The bundler assigns modules to chunks by the imports each page reaches, and a barrel
 * reaches every runtime module that any page uses: the nudge window loaded the settings form's
 * select bindings and the player's list code.
 *
 * This rewrites those imports to the runtime files that define each name, so a page reaches
 * only the runtime modules it uses and the shared chunks split along that line. The maps come
 * from the barrels themselves, read at build time: a Svelte update that moves an export keeps
 * working, and a name a map doesn't know stops the build with its name.
 */
export function svelteDirectImports(): Plugin {
  let barrels: Barrels | undefined;
  return {
    name: 'limber:svelte-direct-imports',
    // After the Svelte compiler: its output is what imports the barrel.
    enforce: 'post',
    transform(code, id) {
      if (!code.includes('svelte')) return null;
      barrels ??= readBarrels();
      const rewritten = rewriteImports(code, id, barrels);
      return rewritten === code ? null : { code: rewritten, map: null };
    },
  };
}

/** An exported name → the file that defines it and the name it has there. */
export type ExportMap = Map<string, { file: string; exported: string }>;

interface Barrel {
  /** The barrel's own file, for relative imports of it (Svelte's own modules use those). */
  file: string;
  /** The bare specifier components use. */
  specifier: string;
  exports: ExportMap;
}
type Barrels = Barrel[];

const namespaceImport = /import \* as \$ from ['"]svelte\/internal\/client['"];?/;
const namedImport = /import\s*\{([^}]*)\}\s*from\s*['"]([^'"]+)['"];?/g;

/** Both rewrites on one module's code; code that imports neither barrel comes back unchanged. */
export function rewriteImports(code: string, id: string, barrels: Barrels): string {
  const client = barrels.find((barrel) => barrel.specifier === 'svelte/internal/client')!;
  const withoutNamespace = namespaceImport.test(code)
    ? rewriteNamespace(code, id, client.exports)
    : code;
  return withoutNamespace.replace(namedImport, (statement, list: string, from: string) => {
    const barrel = barrels.find(
      (candidate) =>
        candidate.specifier === from ||
        (from.startsWith('.') && resolve(dirname(id), from) === candidate.file),
    );
    if (!barrel) return statement;
    const direct: [string, string][] = [];
    const kept: string[] = [];
    for (const [name, local] of specifiers(list)) {
      // `onMount` and the other lifecycle functions live in the `svelte` barrel itself.
      if (barrel.exports.has(name)) direct.push([name, local]);
      else kept.push(name === local ? name : `${name} as ${local}`);
    }
    const keptImport = kept.length > 0 ? `import { ${kept.join(', ')} } from '${from}';\n` : '';
    return keptImport + importStatements(direct, barrel.exports);
  });
}

/** `$.each(…)` → `$sv_each(…)`, imported from dom/blocks/each.js. */
function rewriteNamespace(code: string, id: string, exportsByName: ExportMap): string {
  const used = new Set<string>();
  const body = code
    .replace(namespaceImport, '')
    // Not `a.$.x` (someone else's `$`), but `...$.x` (a spread) is ours.
    .replace(/(?<![\w$])(?<!(?<!\.\.)\.)\$\.([A-Za-z_$][\w$]*)/g, (_, name: string) => {
      if (!exportsByName.has(name)) {
        throw new Error(`${id}: svelte/internal/client has no export "${name}"`);
      }
      used.add(name);
      return `$sv_${name}`;
    });
  const names = [...used].map((name): [string, string] => [name, `$sv_${name}`]);
  return `${importStatements(names, exportsByName)}\n${body}`;
}

/** One import statement per runtime file, each name bound to its local alias. */
function importStatements(names: [name: string, local: string][], exports: ExportMap): string {
  const byFile = new Map<string, string[]>();
  for (const [name, local] of names) {
    const { exported, file } = exports.get(name)!;
    byFile.set(file, [...(byFile.get(file) ?? []), `${exported} as ${local}`]);
  }
  return [...byFile]
    .map(
      ([file, specifiers]) => `import { ${specifiers.join(', ')} } from ${JSON.stringify(file)};`,
    )
    .join('\n');
}

function readBarrels(): Barrels {
  const require = createRequire(import.meta.url);
  const svelteSrc = resolve(dirname(require.resolve('svelte/package.json')), 'src');
  return [
    { specifier: 'svelte/internal/client', file: resolve(svelteSrc, 'internal/client/index.js') },
    { specifier: 'svelte', file: resolve(svelteSrc, 'index-client.js') },
  ].map(({ specifier, file }) => ({ specifier, file, exports: readReExports(file) }));
}

/** A barrel's `export { … } from '…'` lines as a map; names it defines itself are left out. */
export function readReExports(barrel: string, source = readFileSync(barrel, 'utf8')): ExportMap {
  const map: ExportMap = new Map();
  for (const [, list, from] of source.matchAll(/export\s*\{([^}]*)\}\s*from\s*'([^']+)'/g)) {
    const file = resolve(dirname(barrel), from!);
    // `export { await_block as await }`: components say `$.await`, the file says await_block.
    for (const [original, name] of specifiers(list!)) map.set(name, { file, exported: original });
  }
  if (map.size === 0) throw new Error(`${barrel}: no re-exports found; has Svelte changed?`);
  return map;
}

/** `a, b as c` → [a, a], [b, c]: each name and what it is called on the other side of `as`. */
function specifiers(list: string): [name: string, alias: string][] {
  return list
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((entry) => {
      const [name, alias = name] = entry.split(/\s+as\s+/) as [string, string?];
      return [name, alias];
    });
}
