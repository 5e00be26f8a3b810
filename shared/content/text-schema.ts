import { z } from 'zod';

import type { Same } from '../ipc/same-type';
import { StretchIdSchema } from './id-schemas';
import type { StretchText } from './types';

/**
 * A stretch in words as it crosses to a window: main sends the words of a session's stretches
 * with the session, so the player shows what main runs and ships no catalogue of its own.
 */

const SideWordsSchema = z.object({ label: z.string(), hold: z.string(), picture: z.string() });

const PacingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('hold'), perSide: z.boolean(), defaultHoldS: z.number().positive() }),
  z.object({
    kind: z.literal('flow'),
    breathInS: z.number().positive(),
    breathOutS: z.number().positive(),
    defaultCycles: z.number().int().positive(),
  }),
]);

export const StretchTextSchema = z.object({
  id: StretchIdSchema,
  name: z.string(),
  alsoCalled: z.string().optional(),
  position: z.enum(['standing', 'lying-on-back', 'lying-on-stomach', 'seated', 'hands-and-knees']),
  startPosition: z.string(),
  feltIn: z.string(),
  picture: z.string(),
  pacing: PacingSchema,
  steps: z.array(z.string()).readonly(),
  cues: z.array(z.string()).readonly(),
  equipment: z.string().optional(),
  sides: z
    .object({
      right: SideWordsSchema,
      left: SideWordsSchema,
      switchHow: z.string(),
      switchS: z.number().nonnegative(),
    })
    .optional(),
  why: z.string(),
  adaptsFor: StretchIdSchema.optional(),
});

/** Compile-time proof that the wire schema and the catalogue describe the same stretch. */
export const stretchTextSchemaMatchesCatalogue: Same<
  z.infer<typeof StretchTextSchema>,
  StretchText
> = true;
