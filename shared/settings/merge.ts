/** Plain-data helpers for settings: merging a patch and freezing defaults. */

type PlainObject = Record<string, unknown>;

/** True for `{…}` data (not arrays, not null). */
export function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Keys a merge must never write: `merged['__proto__'] = …` would replace the object's
 * prototype, and the other two lead to it. JSON.parse makes them ordinary own keys of a file's
 * objects, so a hand-edited or hostile file can hold them.
 */
const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Dotted paths of the unsafe keys in `data`'s nested objects (not inside lists), outermost first. */
export function unsafeKeyPaths(data: unknown, prefix = ''): string[] {
  if (!isPlainObject(data)) return [];
  return Object.keys(data).flatMap((key) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return UNSAFE_KEYS.has(key) ? [path] : unsafeKeyPaths(data[key], path);
  });
}

/**
 * `patch` laid over `base`: objects merge key by key, anything else (lists included) replaces.
 * An `undefined` in the patch means "not given", never "clear it". Unsafe keys are skipped.
 * Neither input is changed.
 */
export function deepMerge<T>(base: T, patch: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(patch)) {
    return (patch === undefined ? cloneData(base) : cloneData(patch)) as T;
  }
  const merged: PlainObject = cloneData(base);
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined && !UNSAFE_KEYS.has(key)) merged[key] = deepMerge(merged[key], value);
  }
  return merged as T;
}

/** A deep copy of JSON data (settings are JSON by design: they live in a JSON file). */
export function cloneData<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** Freezes every level, so a shared constant like the defaults cannot be changed by accident. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** Structural equality for JSON-like data: key order does not matter. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, index) => sameData(item, b[index]))
    );
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => key in b && sameData(a[key], b[key]))
  );
}
