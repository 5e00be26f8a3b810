/** Types for start.mjs, so tests can import its decision. */
export declare const MISSING_RUNTIME_MESSAGE: string;
export declare function locateElectron(
  loadElectron: () => unknown,
  exists: (path: string) => boolean,
): { ok: true; path: string } | { ok: false; message: string };
