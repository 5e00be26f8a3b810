import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** Which component each scoping class went to, so two components never share one. */
const scopeOwners = new Map();

/**
 * A component's scoping class, four characters from its file's hash instead of Svelte's
 * "svelte-" and seven: the class is on nearly every element of every template, and the shorter
 * one takes about half a KiB off the renderer's gzipped code. Four characters can collide, so a
 * collision stops the build and names both files.
 */
function scopingClass({ hash, filename }) {
  const scope = `s${hash(filename).slice(0, 4)}`;
  const owner = scopeOwners.get(scope);
  if (owner !== undefined && owner !== filename) {
    throw new Error(`${filename} and ${owner} got the same scoping class ${scope}.`);
  }
  scopeOwners.set(scope, filename);
  return scope;
}

export default {
  preprocess: vitePreprocess(),
  compilerOptions: {
    runes: true,
    // No `window.__svelte` version stamp: nothing here reads it, and every window would carry it.
    discloseVersion: false,
    cssHash: scopingClass,
  },
};
