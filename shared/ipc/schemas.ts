import { z } from 'zod';
import { BUILT_IN_ROUTINE_IDS, STRETCH_IDS } from '../content/types';
import type { Timeline } from '../routine/types';

/** Payload schemas shared by several channels. Main parses every request with these. */

/** A custom routine's id: `custom-` and a lowercase slug, so it is safe in a file and a URL. */
export const CustomRoutineIdSchema = z.templateLiteral([
  'custom-',
  z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
]);

export const RoutineIdSchema = z.union([z.enum(BUILT_IN_ROUTINE_IDS), CustomRoutineIdSchema]);

export const StretchIdSchema = z.enum(STRETCH_IDS);

const SideSchema = z.enum(['left', 'right']);

const TimelineStepSchema = z.object({
  index: z.number().int().nonnegative(),
  kind: z.enum(['setup', 'hold', 'switch', 'flow', 'rest']),
  stretchId: StretchIdSchema,
  stretchIndex: z.number().int().nonnegative(),
  side: SideSchema.optional(),
  startMs: z.number().nonnegative(),
  durationMs: z.number().positive(),
  instruction: z.string(),
  breath: z
    .object({
      inhaleMs: z.number().positive(),
      exhaleMs: z.number().positive(),
      cycles: z.number().int().positive(),
    })
    .optional(),
});

export const TimelineSchema = z.object({
  routineId: RoutineIdSchema,
  routineName: z.string(),
  stretchIds: z.array(StretchIdSchema).readonly(),
  steps: z.array(TimelineStepSchema).readonly(),
  totalMs: z.number().nonnegative(),
});

const RoutineOutcomeSchema = z.enum(['completed', 'ended-early']);

/**
 * The player as it crosses a process boundary: positions measured at send time. Monotonic
 * clocks of two processes share no origin, so the receiver re-anchors on its own clock.
 */
export const PlayerSnapshotSchema = z.object({
  status: z.enum(['running', 'paused', 'finished']),
  positionMs: z.number().nonnegative(),
  activeMs: z.number().nonnegative(),
  outcome: RoutineOutcomeSchema.optional(),
});

export const SessionSnapshotSchema = z.object({
  sessionId: z.string(),
  timeline: TimelineSchema,
  player: PlayerSnapshotSchema,
});

export const SessionActionSchema = z.enum([
  'pause',
  'resume',
  'next',
  'back',
  'restart-stretch',
  'end',
]);

/** A stand-up nudge waiting for an answer. */
export const NudgeSnapshotSchema = z.object({
  /** Sitting time that earned it (the bout minus paused time), when it was shown. */
  sittingMs: z.number().nonnegative(),
  /** 0 the first time; 1, 2, ... each time an ignored nudge came back. */
  repeat: z.number().int().nonnegative(),
  /** The snooze choices the user has configured, shortest first. */
  snoozeMinutes: z.array(z.number().positive()),
});

/** The prompt's answers. Main checks that `minutes` is one of the configured snooze choices. */
export const NudgeAnswerSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('stretch') }),
  z.strictObject({ action: z.literal('snooze'), minutes: z.number().positive() }),
  z.strictObject({ action: z.literal('skip') }),
]);

/** The sitting status as the tray shows it, for the renderer. */
export const SittingStatusSchema = z.object({
  /** "Sitting 32 min · stretch in 13 min", "Paused until 14:30", "Away", ... */
  text: z.string(),
  icon: z.enum(['normal', 'due', 'paused']),
  /** Sitting time that counts toward the limit; null while away. */
  boutMs: z.number().nonnegative().nullable(),
  away: z.boolean(),
  /** 'stuck': the OS idle time reads 0 forever, so reminders fall back to plain intervals. */
  idleDetection: z.enum(['ok', 'stuck']),
});

/**
 * What happened to the settings file this run (damaged, from a newer Limber, unwritable...),
 * kept until the user dismisses it: a native notification alone can go unseen.
 */
export const SettingsNoticeSchema = z.object({
  kind: z.enum(['recovered', 'unknown-fields', 'newer-version', 'unreadable', 'unwritable']),
  /** Says what happened, what is in use now, and where a set-aside file went. */
  message: z.string(),
  /** Wall-clock time main raised it, in ms since the epoch. */
  atMs: z.number(),
});

export type SettingsNotice = z.infer<typeof SettingsNoticeSchema>;
export type NudgeSnapshot = z.infer<typeof NudgeSnapshotSchema>;
export type NudgeAnswer = z.infer<typeof NudgeAnswerSchema>;
export type SittingStatus = z.infer<typeof SittingStatusSchema>;
export type PlayerSnapshot = z.infer<typeof PlayerSnapshotSchema>;
export type SessionSnapshot = z.infer<typeof SessionSnapshotSchema>;
export type SessionAction = z.infer<typeof SessionActionSchema>;

/** Compile-time proof that the wire schema and the engine describe the same timeline. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const timelineSchemaMatchesEngine: Same<z.infer<typeof TimelineSchema>, Timeline> = true;
