import { illustrationsByStretch } from '@shared/content/illustrations/by-stretch';
import { lookupById } from '@shared/content/lookup';
import type { Stretch, StretchId, StretchText } from '@shared/content/types';

/** A session's stretch by id, with its words from main and its drawing from this window. */
export type StretchLookup = (id: StretchId) => Stretch;

/**
 * Joins the words main sent with the session to the drawings the player ships: main never
 * carries the drawings, and the player never carries the catalogue's words.
 */
export function drawnStretches(texts: readonly StretchText[]): StretchLookup {
  return lookupById<StretchId, Stretch>(
    texts.map((text) => ({ ...text, illustration: illustrationsByStretch[text.id] })),
    'stretch in this session',
  );
}
