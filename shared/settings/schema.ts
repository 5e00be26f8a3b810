import { z } from 'zod';

import { CustomRoutineIdSchema, RoutineIdSchema, StretchIdSchema } from '../content/id-schemas';
import { deskBreak, morningInBed } from '../content/routines';
import type { Routine } from '../content/types';
import { type DeepPartial, deepPartialStrict } from './deep-partial';
import {
  fieldText,
  MAX_CUSTOM_ROUTINES,
  NAME_LENGTH,
  numberRules,
  SNOOZE_COUNT,
  WORK_RANGE_COUNT,
} from './field-rules';
import { choice, distinct, flag, timeOfDay, weekDays, wholeNumber } from './fields';
import { deepFreeze } from './merge';
import { schemaText } from './schema-text';

/**
 * Everything a user can set, in user units (minutes, seconds, percent). Strict objects: a field
 * this version does not know is an error the store can name, never silently kept or lost.
 */

/** Bump with a migration in migrations.ts whenever the shape changes. */
export const CURRENT_SCHEMA_VERSION = 3;

const TimeRangeSchema = z
  .strictObject({ start: timeOfDay(), end: timeOfDay() })
  .refine((range) => range.start < range.end, {
    error: fieldText.rangeOrder,
    path: ['end'],
  });

const RemindersSchema = z.strictObject({
  sittingLimitMin: wholeNumber(numberRules['reminders.sittingLimitMin']),
  naturalBreakMin: wholeNumber(numberRules['reminders.naturalBreakMin']),
  snoozeOptionsMin: distinct(
    z
      .array(wholeNumber(numberRules['reminders.snoozeOptionsMin']))
      .min(SNOOZE_COUNT.min, { error: fieldText.snoozeCount })
      .max(SNOOZE_COUNT.max, { error: fieldText.snoozeCount }),
    fieldText.snoozeRepeat,
  ),
  maxRepeats: wholeNumber(numberRules['reminders.maxRepeats']),
  delivery: choice(['notification-and-prompt', 'notification-only']),
  workHours: z.strictObject({
    enabled: flag(),
    days: weekDays(),
    ranges: z
      .array(TimeRangeSchema)
      .min(WORK_RANGE_COUNT.min, { error: schemaText.rangeCount })
      .max(WORK_RANGE_COUNT.max, { error: schemaText.rangeCount }),
  }),
});

const MorningSchema = z.strictObject({
  enabled: flag(),
  time: timeOfDay(),
  days: weekDays(),
  routineId: RoutineIdSchema,
  /**
   * Until when a morning missed while the machine slept is still offered. Meant to be after
   * `time`; not refused when it is not (the settings window has no field for it yet, so a
   * refusal could not be fixed there): the morning decision then offers no catch-up.
   */
  catchUpUntil: timeOfDay(),
  /** After the morning routine, ask how the back feels (0–10), for the history's trend. */
  askStiffness: flag(),
});

/** A routine's stretches in the order they are done: at least one, none twice. */
const StretchOrderSchema = distinct(
  z.array(StretchIdSchema).min(1, { error: schemaText.stretchCount }),
  schemaText.stretchRepeat,
);

/**
 * Characters a name must not hold: controls (NUL, ESC of an ANSI escape, newlines), bidi
 * overrides and isolates that make text read backwards (U+202E), and lone surrogates (half a
 * character). The name shows literally in the tray menu and the player. Zero-width joiners stay
 * allowed: emoji and some scripts need them.
 */
const HIDDEN_IN_NAME = /[\p{Cc}\p{Cs}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/** Something a reader can see: a name of zero-width characters only looks empty. */
const VISIBLE_IN_NAME = /[\p{L}\p{N}\p{P}\p{S}]/u;

/**
 * A name saved before names were checked, with what is no longer allowed taken out; undefined
 * when nothing visible would be left.
 */
export function cleanedRoutineName(name: string): string | undefined {
  const cleaned = name.replace(new RegExp(HIDDEN_IN_NAME.source, 'gu'), '').trim();
  return VISIBLE_IN_NAME.test(cleaned) ? cleaned : undefined;
}

const CustomRoutineSchema = z.strictObject({
  id: CustomRoutineIdSchema,
  name: z
    .string({ error: schemaText.nameText })
    .trim()
    .min(NAME_LENGTH.min, { error: schemaText.nameLength })
    .max(NAME_LENGTH.max, { error: schemaText.nameLength })
    .refine((name) => !HIDDEN_IN_NAME.test(name), { error: schemaText.nameHidden })
    .refine((name) => name.length === 0 || VISIBLE_IN_NAME.test(name), {
      error: schemaText.nameVisible,
    }),
  stretchIds: StretchOrderSchema,
});

const holdSeconds = wholeNumber(numberRules['routines.holdS']);

/** Per-stretch hold lengths. A stretch left out keeps its built-in length (30 s in bed). */
const HoldsSchema = z.strictObject(
  Object.fromEntries(StretchIdSchema.options.map((id) => [id, holdSeconds.optional()])) as Record<
    z.infer<typeof StretchIdSchema>,
    z.ZodOptional<typeof holdSeconds>
  >,
);

const RoutinesSchema = z.strictObject({
  deskBreak: z.strictObject({ stretchIds: StretchOrderSchema }),
  morningInBed: z.strictObject({ stretchIds: StretchOrderSchema }),
  custom: z.array(CustomRoutineSchema).max(MAX_CUSTOM_ROUTINES, { error: schemaText.customCount }),
  holdS: HoldsSchema,
  setupS: wholeNumber(numberRules['routines.setupS']),
  catCowS: wholeNumber(numberRules['routines.catCowS']),
});

const CuesSchema = z.strictObject({
  soundEnabled: flag(),
  volume: wholeNumber(numberRules['cues.volume']),
  /** "3, 2, 1" before each hold. */
  countIn: flag(),
  /** Soft ticks over a hold's last three seconds. */
  ticks: flag(),
  /** Spoken cues through the platform's speech synthesis. */
  voice: flag(),
  /** Speak only each stretch's start and end, or every cue (sides, breaths, what comes next). */
  voiceDetail: choice(['start-end', 'everything']),
});

/** "Quiet when…": each signal that holds a reminder back can be turned off. */
const QuietSchema = z.strictObject({
  camera: flag(),
  microphone: flag(),
  screencast: flag(),
  fullscreen: flag(),
  dnd: flag(),
});

const SettingsShape = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION, {
    error: `schemaVersion must be ${CURRENT_SCHEMA_VERSION}`,
  }),
  reminders: RemindersSchema,
  morning: MorningSchema,
  routines: RoutinesSchema,
  cues: CuesSchema,
  quiet: QuietSchema,
  startAtLogin: flag(),
  theme: choice(['system', 'light', 'dark']),
  /** State, not a preference: the safety note was read once; reset keeps it. */
  safetyNoteAcknowledged: flag(),
  /** State: the first-run welcome was shown. */
  welcomeShown: flag(),
});

/** The whole settings file, with the rules that span fields (custom routine ids). */
export const SettingsSchema = SettingsShape.superRefine((settings, ctx) => {
  const ids = settings.routines.custom.map((routine) => routine.id);
  ids.forEach((id, index) => {
    if (ids.indexOf(id) !== index) {
      ctx.addIssue({
        code: 'custom',
        path: ['routines', 'custom', index, 'id'],
        message: schemaText.sameRoutineId,
      });
    }
  });
  const { routineId } = settings.morning;
  if (routineId.startsWith('custom-') && !ids.some((id) => id === routineId)) {
    ctx.addIssue({
      code: 'custom',
      path: ['morning', 'routineId'],
      message: schemaText.morningRoutine,
    });
  }
});

export type Settings = z.infer<typeof SettingsSchema>;

/** A change to some settings: any subset of fields; lists are replaced as a whole. */
export type SettingsPatch = DeepPartial<Omit<Settings, 'schemaVersion'>>;

/**
 * What `settings:update` accepts. Strict at every level, so an unknown or misspelt field is
 * refused by name; schemaVersion is not the user's to change.
 */
export const SettingsPatchSchema = deepPartialStrict(
  SettingsShape.omit({ schemaVersion: true }),
) as unknown as z.ZodType<SettingsPatch, SettingsPatch>;

const stretchOrderOf = (routine: Routine) => routine.items.map((item) => item.stretchId);

/** What a new user starts with; the built-in routines in their designed order. */
export const defaultSettings: Settings = deepFreeze({
  schemaVersion: CURRENT_SCHEMA_VERSION,
  reminders: {
    sittingLimitMin: 45,
    naturalBreakMin: 5,
    snoozeOptionsMin: [5, 10, 20],
    maxRepeats: 3,
    delivery: 'notification-and-prompt',
    workHours: {
      enabled: false,
      days: [1, 2, 3, 4, 5],
      ranges: [{ start: '09:00', end: '17:30' }],
    },
  },
  morning: {
    enabled: true,
    time: '07:30',
    days: [0, 1, 2, 3, 4, 5, 6],
    routineId: 'morning-in-bed',
    catchUpUntil: '11:00',
    askStiffness: true,
  },
  routines: {
    deskBreak: { stretchIds: stretchOrderOf(deskBreak) },
    morningInBed: { stretchIds: stretchOrderOf(morningInBed) },
    custom: [],
    holdS: {},
    setupS: 10,
    catCowS: 90,
  },
  cues: {
    soundEnabled: true,
    volume: 60,
    countIn: true,
    ticks: true,
    voice: false,
    voiceDetail: 'start-end',
  },
  quiet: { camera: true, microphone: true, screencast: true, fullscreen: true, dnd: true },
  startAtLogin: false,
  theme: 'system',
  safetyNoteAcknowledged: false,
  welcomeShown: false,
});
