import { z } from 'zod';

import type { Same } from '../ipc/same-type';
import { LocalDaySchema } from './records';
import type { HistoryStats } from './stats';

/** The history window's figures as they cross IPC: the response schema for the contract. */

const Count = z.number().int().nonnegative();

export const HistoryStatsSchema = z.object({
  today: LocalDaySchema,
  streak: z.object({ current: Count, best: Count, doneToday: z.boolean() }),
  week: z
    .array(
      z.object({
        day: LocalDaySchema,
        breaksTaken: Count,
        nudges: Count,
        nudgesTaken: Count,
        stretchedMs: Count,
        longestSittingMs: Count,
      }),
    )
    .length(7),
  last30: z
    .array(
      z.object({
        day: LocalDaySchema,
        breaksTaken: Count,
        stiffness: z.number().min(0).max(10).nullable(),
      }),
    )
    .length(30),
});

/** Compile-time proof that the wire schema and the stats describe the same figures. */
export const statsSchemaMatchesStats: Same<z.infer<typeof HistoryStatsSchema>, HistoryStats> = true;
