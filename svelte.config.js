import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** Every component of the windows, in one fixed order. */
const windowComponents = readdirSync(resolve(import.meta.dirname, 'src-renderer/src'), {
  recursive: true,
  encoding: 'utf8',
})
  .filter((file) => file.endsWith('.svelte'))
  .map((file) => resolve(import.meta.dirname, 'src-renderer/src', file))
  .sort();

/** Which component each hashed scoping class went to, so two components never share one. */
const hashedOwners = new Map();

/**
 * A component's scoping class: "s" and its place among the windows' components, in base 36,
 * instead of Svelte's "svelte-" and a hash. The class is on nearly every element of every
 * template and after nearly every selector, so its length is paid hundreds of times: two
 * characters instead of five (four of a hash) took 0.4 KiB off the renderer's gzipped code.
 * A place is unique by construction. Components outside the windows (test fixtures, the
 * bench's empty app) take four characters of their file's hash, and a collision between those
 * stops the build and names both files.
 */
function scopingClass({ hash, filename }) {
  const place = windowComponents.indexOf(resolve(filename));
  if (place !== -1) return `s${place.toString(36)}`;
  const scope = `sh${hash(filename).slice(0, 4)}`;
  const owner = hashedOwners.get(scope);
  if (owner !== undefined && owner !== filename) {
    throw new Error(`${filename} and ${owner} got the same scoping class ${scope}.`);
  }
  hashedOwners.set(scope, filename);
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
