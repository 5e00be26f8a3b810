import { z } from 'zod';

import { EMPTY_MORNING_RECORD, type MorningRecord } from '@shared/morning/types';

/**
 * Reads a persisted morning record defensively. A damaged record is worth no notice to the
 * user: the worst it costs is one offer made again, so it reads as "never offered".
 */
const MorningRecordSchema = z.object({
  lastOfferedDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  laterAtWall: z.number().nullable(),
});

export function parseMorningRecord(raw: unknown): MorningRecord {
  const parsed = MorningRecordSchema.safeParse(raw);
  return parsed.success
    ? { lastOfferedDate: parsed.data.lastOfferedDate, laterAtWall: parsed.data.laterAtWall }
    : { ...EMPTY_MORNING_RECORD };
}
