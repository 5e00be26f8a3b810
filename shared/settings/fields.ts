import { z } from 'zod';

/**
 * Field builders whose every error names the field and what it allows, so the settings
 * window and a hand-edited file both say what is wrong in words a user can act on.
 * Number fields stay plain ZodNumbers (min/max/int checks) so a form can read their bounds.
 */

/**
 * A whole number in `min`–`max`: "sittingLimitMin must be between 10 and 180 minutes". Text,
 * null or NaN is told as the type expected ("must be a number"): a range would suggest the
 * value was merely too big or too small.
 */
export function wholeNumber(field: string, min: number, max: number, unit: string) {
  const range = `${field} must be between ${min} and ${max} ${unit}`.trim();
  return z
    .number({ error: `${field} must be a number` })
    .int({ error: `${field} must be a whole number (between ${min} and ${max} ${unit})`.trim() })
    .min(min, { error: range })
    .max(max, { error: range });
}

/** On or off. */
export function flag(field: string) {
  return z.boolean({ error: `${field} must be true or false` });
}

/** One of a few words. */
export function choice<const T extends readonly [string, ...string[]]>(field: string, values: T) {
  return z.enum(values, { error: `${field} must be one of: ${values.join(', ')}` });
}

/** A local time of day, "07:30". */
export function timeOfDay(field: string) {
  return z
    .string({ error: `${field} must be a time like 07:30` })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: `${field} must be a time like 07:30` });
}

/** Days of the week, 0 = Sunday … 6 = Saturday, each at most once. */
export function weekDays(field: string) {
  return distinct(
    z.array(wholeNumber(`${field} entries`, 0, 6, '(0 = Sunday)'), {
      error: `${field} must be a list of days`,
    }),
    `${field} must not repeat a day`,
  );
}

/** Refuses a list that holds the same value twice. */
export function distinct<T extends z.ZodArray>(schema: T, message: string): T {
  return schema.refine((items: unknown[]) => new Set(items).size === items.length, {
    error: message,
  });
}
