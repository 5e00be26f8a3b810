import { z } from 'zod';

/** Any subset of fields, at any depth. Lists and values are replaced whole, never merged. */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/**
 * A schema that accepts any subset of `schema`'s fields, still strict at every level so an
 * unknown field is refused by name. zod 4 dropped `deepPartial`, and `.partial()` alone would
 * make a patch that leaves out `reminders.maxRepeats` fail for the missing field.
 * Refinements on objects are dropped on purpose: they span fields a patch may not carry, so
 * the store checks them again on the merged result.
 */
export function deepPartialStrict(schema: z.ZodType): z.ZodType {
  if (!(schema instanceof z.ZodObject)) return schema;
  const shape = schema.shape as Record<string, z.ZodType>;
  return z.strictObject(
    Object.fromEntries(
      Object.entries(shape).map(([key, field]) => [
        key,
        deepPartialStrict(unwrap(field)).optional(),
      ]),
    ),
  );
}

/** The field inside an `.optional()`, so nested objects behind one are made partial too. */
function unwrap(field: z.ZodType): z.ZodType {
  return field instanceof z.ZodOptional ? (field.unwrap() as z.ZodType) : field;
}
