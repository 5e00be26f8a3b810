import { z } from 'zod';

import { fieldText, type NumberRule, TIME_OF_DAY } from './field-rules';
import { schemaText } from './schema-text';

/**
 * Field builders whose every error says, in plain words, what the field allows: the settings
 * window shows them beside the field, and a notice about a hand-edited file puts them after
 * the field's name. The limits and words live in field-rules.ts, which the window reads
 * without zod.
 */

/** A whole number within `limits`. Text, null, NaN, a fraction: all get the same words. */
export function wholeNumber(limits: NumberRule) {
  const error = fieldText.number(limits);
  return z.number({ error }).int({ error }).min(limits.min, { error }).max(limits.max, { error });
}

/** On or off. */
export function flag() {
  return z.boolean({ error: schemaText.flag });
}

/** One of a few words. */
export function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: schemaText.choice(values) });
}

/** A local time of day, "07:30". */
export function timeOfDay() {
  return z.string({ error: fieldText.time }).regex(TIME_OF_DAY, { error: fieldText.time });
}

/** Days of the week, 0 = Sunday … 6 = Saturday, each at most once. */
export function weekDays() {
  const day = z
    .number({ error: schemaText.days })
    .int({ error: schemaText.days })
    .min(0, { error: schemaText.days })
    .max(6, { error: schemaText.days });
  return distinct(z.array(day, { error: schemaText.days }), schemaText.dayRepeat);
}

/** Refuses a list that holds the same value twice. */
export function distinct<T extends z.ZodArray>(schema: T, message: string): T {
  return schema.refine((items: unknown[]) => new Set(items).size === items.length, {
    error: message,
  });
}
