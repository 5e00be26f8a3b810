import { deskVariantsText } from './desk-variants';
import { illustrationsByStretch } from './illustrations/by-stretch';
import { lookupById } from './lookup';
import { morningStretchesText } from './stretches';
import type { Stretch, StretchId, StretchText } from './types';

/**
 * The whole catalogue, each stretch with its drawing: what the content checks read as one.
 * Main and shared logic use text-catalog.ts, which has no drawings; the player window joins the
 * words main sends with a session to its drawings (drawn-stretches.ts) and loads neither.
 */

export { builtInRoutines, getRoutine } from './text-catalog';

const drawn = (text: StretchText): Stretch => ({
  ...text,
  illustration: illustrationsByStretch[text.id],
});

/** The seven bed stretches, in the order the morning routine runs them. */
export const morningStretches: readonly Stretch[] = morningStretchesText.map(drawn);
/** The bed stretches adapted for a chair, for the stand-up break. */
export const deskVariants: readonly Stretch[] = deskVariantsText.map(drawn);

/** Every stretch the app knows: the seven bed stretches, then the desk variants. */
export const allStretches: readonly Stretch[] = [...morningStretches, ...deskVariants];

/** The stretch with this id, with its drawing. */
export const getStretch = lookupById<StretchId, Stretch>(allStretches, 'stretch');
