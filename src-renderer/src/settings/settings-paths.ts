import './settings-zod-setup';

import type { z } from 'zod';

import { type Settings, SettingsSchema } from '@shared/settings/schema';

/** What the user sets: everything but the file's version. */
type Editable = Omit<Settings, 'schemaVersion'>;

/** What one field sets whole: a word, a number, a flag or a list (lists are replaced whole). */
type Whole = string | number | boolean | readonly unknown[];

/** Every dotted path to a whole value in `T`, going down through its objects. */
type PathsIn<T> = {
  [K in keyof T & string]-?: NonNullable<T[K]> extends Whole
    ? K
    : `${K}.${PathsIn<NonNullable<T[K]>>}`;
}[keyof T & string];

/** The value at dotted path `P` in `T`. */
type ValueIn<T, P extends string> = P extends `${infer K}.${infer Rest}`
  ? K extends keyof T
    ? ValueIn<NonNullable<T[K]>, Rest>
    : never
  : P extends keyof T
    ? T[P]
    : never;

/**
 * Dotted paths into the settings ("reminders.sittingLimitMin"): one name per field, shared by
 * the form, the patch it sends and the issues main sends back. Derived from Settings, so a
 * renamed or misspelt field is a type error.
 */
export type SettingsPath = PathsIn<Editable>;

/** The value a field at `P` holds: `number` for "reminders.sittingLimitMin". */
export type SettingsValue<P extends SettingsPath> = ValueIn<Editable, P>;

/** The paths whose values are `V`s: `PathTo<boolean>` is every on/off setting. */
export type PathTo<V> = {
  [P in SettingsPath]: NonNullable<SettingsValue<P>> extends V ? P : never;
}[SettingsPath];

/** The smallest patch that sets one field: `{ reminders: { sittingLimitMin: 30 } }`. */
export function patchAt(path: SettingsPath, value: unknown): Record<string, unknown> {
  const keys = path.split('.');
  return keys.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value) as Record<
    string,
    unknown
  >;
}

/** The field's current value; undefined before main answers, or for a setting left unset. */
export function valueAt<P extends SettingsPath>(
  settings: Settings | undefined,
  path: P,
): SettingsValue<P> | undefined {
  let node: unknown = settings;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node as SettingsValue<P> | undefined;
}

type AnySchema = z.ZodType;

/** Looks through default/optional/nullable wrappers to the schema that holds the rules. */
function unwrapped(schema: AnySchema): AnySchema {
  let current: AnySchema = schema;
  for (;;) {
    const def = (current as { def?: { innerType?: AnySchema } }).def;
    if (!def?.innerType) return current;
    current = def.innerType;
  }
}

/** The schema of one field, read from SettingsSchema so the form never restates a rule. */
export function schemaAt(path: SettingsPath): AnySchema | undefined {
  let node: AnySchema | undefined = SettingsSchema;
  for (const key of path.split('.')) {
    const shape: Record<string, AnySchema> | undefined =
      node && (unwrapped(node) as { shape?: Record<string, AnySchema> }).shape;
    node = shape?.[key];
  }
  return node && unwrapped(node);
}

/** A number field's bounds and whether it takes whole numbers only. */
export interface NumberRange {
  min: number;
  max: number;
  integer: boolean;
}

/** The bounds the schema sets on a number (or on the items of a list of numbers). */
export function numberRange(path: SettingsPath): NumberRange {
  let schema = schemaAt(path);
  const element = schema && (schema as { element?: AnySchema }).element;
  if (element) schema = unwrapped(element);
  const rules = schema as { minValue?: number | null; maxValue?: number | null; isInt?: boolean };
  if (typeof rules?.minValue !== 'number' || typeof rules.maxValue !== 'number') {
    throw new Error(`Settings field ${path} has no numeric range in the schema.`);
  }
  return { min: rules.minValue, max: rules.maxValue, integer: rules.isInt === true };
}

/** "Between 10 and 180 minutes": the allowed range, as shown beside a field. */
export function rangeText(range: NumberRange, unit: string): string {
  return `Between ${range.min} and ${range.max} ${unit}`.trim();
}

/** How many items a list field takes, from the schema's min/max length checks. */
export function lengthRange(path: SettingsPath): { min: number; max: number } {
  const checks = (schemaAt(path)?.def as { checks?: { _zod: { def: object } }[] }).checks ?? [];
  const defs = checks.map((check) => check._zod.def as { minimum?: number; maximum?: number });
  const min = defs.find((d) => typeof d.minimum === 'number')?.minimum ?? 0;
  const max = defs.find((d) => typeof d.maximum === 'number')?.maximum ?? Infinity;
  return { min, max };
}
