import { z } from 'zod';

import { BUILT_IN_ROUTINE_IDS, STRETCH_IDS } from './types';

/** The longest id of a custom routine: plenty for a slug of a 40-character name. */
export const MAX_ROUTINE_ID_LENGTH = 64;

/**
 * A custom routine's id: `custom-` and a lowercase slug, so it is safe in a file and a URL, and
 * short, so no caller can have main carry or echo a long one.
 */
export const CustomRoutineIdSchema = z
  .templateLiteral(['custom-', z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)])
  .refine((id) => id.length <= MAX_ROUTINE_ID_LENGTH, {
    error: `A routine id has at most ${MAX_ROUTINE_ID_LENGTH} characters`,
  });

export const RoutineIdSchema = z.union([z.enum(BUILT_IN_ROUTINE_IDS), CustomRoutineIdSchema]);

export const StretchIdSchema = z.enum(STRETCH_IDS);
