import { type NumberRule, type NumberRuleName, numberRules } from '@shared/settings/field-rules';
import type { Settings } from '@shared/settings/schema';

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

/** The limits of a number field: a per-stretch hold ("routines.holdS.cat-cow") has the holds'. */
export function numberRuleAt(path: PathTo<number | number[]>): NumberRule {
  const name = (path.startsWith('routines.holdS.') ? 'routines.holdS' : path) as NumberRuleName;
  const limits = numberRules[name] as NumberRule | undefined;
  if (!limits) throw new Error(`Settings field ${path} has no number rule in field-rules.ts.`);
  return limits;
}
