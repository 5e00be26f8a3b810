import { z } from 'zod';

import { RoutineIdSchema } from '../content/id-schemas';

/** One "Quiet when…" signal as the settings window shows it, live. */
const SignalStatusSchema = z.object({
  kind: z.enum(['camera', 'microphone', 'screencast', 'fullscreen', 'dnd']),
  enabled: z.boolean(),
  /** 'unchecked': not asked yet (or switched off). */
  state: z.enum(['yes', 'no', 'unknown', 'unchecked']),
  /** Why it could not tell, in plain words, when state is 'unknown'. */
  why: z.string().optional(),
});

export const QuietStatusSchema = z.object({
  signals: z.array(SignalStatusSchema),
  /** "In a meeting": null when off; 'until-off', or the wall time it ends. */
  meeting: z.union([z.null(), z.literal('until-off'), z.object({ untilWall: z.number() })]),
});

export const MeetingRequestSchema = z.strictObject({
  choice: z.union([
    z.literal('off'),
    z.literal('until-off'),
    z.strictObject({ minutes: z.union([z.literal(30), z.literal(60)]) }),
  ]),
});

/** What the status window (for desktops with no tray) can ask, as the tray menu can. */
export const AppActionSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('morning') }),
  z.strictObject({ action: z.literal('desk-break') }),
  z.strictObject({ action: z.literal('settings') }),
  z.strictObject({ action: z.literal('history') }),
  z.strictObject({ action: z.literal('resume') }),
  z.strictObject({ action: z.literal('routine'), routineId: RoutineIdSchema }),
  z.strictObject({
    action: z.literal('pause'),
    choice: z.union([
      z.literal('until-morning'),
      z.strictObject({ minutes: z.union([z.literal(30), z.literal(60), z.literal(120)]) }),
    ]),
  }),
]);

export type QuietStatus = z.infer<typeof QuietStatusSchema>;
export type AppActionRequest = z.infer<typeof AppActionSchema>;
