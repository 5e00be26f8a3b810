import './settings-zod-setup';
import type { z } from 'zod';
import { SettingsSchema } from '@shared/settings/schema';

/**
 * Dotted paths into the settings ("reminders.sittingLimitMin"): one name per field, shared by
 * the form, the patch it sends and the issues main sends back.
 */
export type SettingsPath = string;

/** The smallest patch that sets one field: `{ reminders: { sittingLimitMin: 30 } }`. */
export function patchAt(path: SettingsPath, value: unknown): Record<string, unknown> {
  const keys = path.split('.');
  return keys.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value) as Record<
    string,
    unknown
  >;
}

/** The field's current value, or undefined when the path leads nowhere. */
export function valueAt(settings: unknown, path: SettingsPath): unknown {
  let node = settings;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
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
