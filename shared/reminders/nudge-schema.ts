import { z } from 'zod';

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

/** The sitting status as the tray and the windows show it. */
export const SittingStatusSchema = z.object({
  /** "Sitting 32 min · stretch in 13 min", "Paused until 14:30", "Away", ... */
  text: z.string(),
  /**
   * The tray's line, in rough 5-minute steps ("Sitting about 30 min · stretch in about 15 min"),
   * so the tray needs no refresh a minute. Absent: the tray shows `text`.
   */
  trayText: z.string().optional(),
  icon: z.enum(['normal', 'due', 'paused']),
  /** Sitting time that counts toward the limit; null while away. */
  boutMs: z.number().nonnegative().nullable(),
  away: z.boolean(),
  /** 'stuck': the OS idle time reads 0 forever, so reminders fall back to plain intervals. */
  idleDetection: z.enum(['ok', 'stuck']),
  /** "In a meeting" is on: reminders wait until it ends. */
  inMeeting: z.boolean(),
});

export type NudgeSnapshot = z.infer<typeof NudgeSnapshotSchema>;
export type NudgeAnswer = z.infer<typeof NudgeAnswerSchema>;
export type SittingStatus = z.infer<typeof SittingStatusSchema>;
