import { z } from 'zod';
import { BUILT_IN_ROUTINE_IDS, STRETCH_IDS } from './types';

/** A custom routine's id: `custom-` and a lowercase slug, so it is safe in a file and a URL. */
export const CustomRoutineIdSchema = z.templateLiteral([
  'custom-',
  z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
]);

export const RoutineIdSchema = z.union([z.enum(BUILT_IN_ROUTINE_IDS), CustomRoutineIdSchema]);

export const StretchIdSchema = z.enum(STRETCH_IDS);
