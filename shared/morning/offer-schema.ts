import { z } from 'zod';

import { RoutineIdSchema } from '../content/id-schemas';

/** A morning offer waiting for an answer, as the prompt window shows it. */
export const MorningOfferSchema = z.object({
  kind: z.enum(['on-time', 'catch-up', 'later']),
  routineId: RoutineIdSchema,
  /** "Good morning" */
  title: z.string(),
  /** "7 stretches, about 9 minutes" */
  body: z.string(),
});

export const MorningAnswerSchema = z.strictObject({
  answer: z.enum(['start', 'later', 'not-today']),
});

export type MorningOfferSnapshot = z.infer<typeof MorningOfferSchema>;
