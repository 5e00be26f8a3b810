import { z } from 'zod';

import { RoutineIdSchema, StretchIdSchema } from '../content/id-schemas';
import { StretchTextSchema } from '../content/text-schema';
import type { Same } from '../ipc/same-type';
import type { Timeline } from './types';

/** A routine session as it crosses a process boundary: main owns it, windows show it. */

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
  /** The words of the timeline's stretches, once each, in routine order: what the player shows. */
  stretches: z.array(StretchTextSchema),
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

export type PlayerSnapshot = z.infer<typeof PlayerSnapshotSchema>;
export type SessionSnapshot = z.infer<typeof SessionSnapshotSchema>;
export type SessionAction = z.infer<typeof SessionActionSchema>;

/** Compile-time proof that the wire schema and the engine describe the same timeline. */
export const timelineSchemaMatchesEngine: Same<z.infer<typeof TimelineSchema>, Timeline> = true;
