/**
 * The limits of each setting and the words that state them, with no schema library: the zod
 * schema (schema.ts) is built from these numbers, and the settings window reads them for its
 * hints and quick checks without loading zod. One source, so the form and main never disagree.
 */

/** A whole number between `min` and `max`, in `unit` ("minutes"). */
export interface NumberRule {
  readonly min: number;
  readonly max: number;
  readonly unit: string;
}

const rule = (min: number, max: number, unit: string): NumberRule => ({ min, max, unit });

/** Every number setting; a list's rule is each item's (a snooze length, a hold). */
export const numberRules = {
  'reminders.sittingLimitMin': rule(10, 180, 'minutes'),
  'reminders.naturalBreakMin': rule(1, 30, 'minutes'),
  'reminders.snoozeOptionsMin': rule(1, 60, 'minutes'),
  'reminders.maxRepeats': rule(0, 10, 'times'),
  'routines.holdS': rule(15, 60, 'seconds'),
  'routines.setupS': rule(3, 30, 'seconds'),
  'routines.catCowS': rule(60, 120, 'seconds'),
  'cues.volume': rule(0, 100, 'percent'),
} as const satisfies Record<string, NumberRule>;

export type NumberRuleName = keyof typeof numberRules;

/** How many snooze lengths the nudge offers. */
export const SNOOZE_COUNT = { min: 1, max: 4 } as const;
/** How many work-hour ranges a day may have. */
export const WORK_RANGE_COUNT = { min: 1, max: 4 } as const;
/** How long a routine's name may be, in characters. */
export const NAME_LENGTH = { min: 1, max: 40 } as const;
/** How many routines of their own a user may keep. */
export const MAX_CUSTOM_ROUTINES = 20;

/** "Between 10 and 180 minutes": a field's range, shown once beside it (or its group). */
export function rangeHint(limits: NumberRule): string {
  return `Between ${limits.min} and ${limits.max} ${limits.unit}`;
}

/**
 * Plain words for the refusals the form checks before asking main, and main says again: what to
 * do, never a field path or a type name. The schema's other refusals are in schema-text.ts.
 */
export const fieldText = {
  number: (limits: NumberRule) =>
    `Use a whole number from ${limits.min} to ${limits.max} ${limits.unit}`,
  time: 'Use a time like 09:00',
  rangeOrder: 'End after the start (a range can’t cross midnight)',
  snoozeCount: `Keep ${SNOOZE_COUNT.min} to ${SNOOZE_COUNT.max} snooze lengths`,
  snoozeRepeat: 'That snooze length is already in the list',
} as const;

/** A local time of day, "07:30": 24-hour, two digits each. */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The quick check a time box runs before asking main; undefined when it may be sent. */
export function timeProblem(text: string): string | undefined {
  return TIME_OF_DAY.test(text) ? undefined : fieldText.time;
}

/**
 * The quick check a number field runs before asking main: NaN (an empty or half-typed box),
 * a fraction or a value out of range gets the rule's words; undefined when it may be sent.
 */
export function numberProblem(limits: NumberRule, value: number): string | undefined {
  const fits = Number.isInteger(value) && value >= limits.min && value <= limits.max;
  return fits ? undefined : fieldText.number(limits);
}
