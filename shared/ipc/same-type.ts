/**
 * True exactly when A and B are the same type. A wire schema states `const … : Same<z.infer<…>,
 * EngineType> = true`, so a field added to one and not the other stops the type check.
 */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
