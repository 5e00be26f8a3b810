import { z } from 'zod';

import { RoutineIdSchema } from '../content/id-schemas';

/** One routine's running time, as main would run it with the settings of the moment. */
export const RoutineLengthSchema = z.strictObject({
  routineId: RoutineIdSchema,
  totalMs: z.number().int().nonnegative(),
});

export type RoutineLength = z.output<typeof RoutineLengthSchema>;
