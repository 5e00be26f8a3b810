import { z } from 'zod';

/** What became of a CSV export, for the history window to say. */
export const ExportResultSchema = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(true), path: z.string() }),
  z.object({
    saved: z.literal(false),
    reason: z.enum(['cancelled', 'failed']),
    message: z.string().optional(),
  }),
]);

/** "How does your back feel today?": 0 loose, 10 very stiff. */
export const StiffnessRatingSchema = z.strictObject({ score: z.number().int().min(0).max(10) });
