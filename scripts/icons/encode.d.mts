/** Types for encode.mjs: the icns element types a test checks the committed icon against. */
export declare const ICNS_TYPES: readonly (readonly [type: string, size: number])[];
