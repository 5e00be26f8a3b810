import { lookupById } from './lookup';
import type { StretchId, StretchText } from './types';

/**
 * The stretches as a list shows them: ids, names and lengths, without the instructions. The
 * settings window lists stretches but never shows how to do one, so it loads only this file;
 * stretches.ts and desk-variants.ts add the words the player reads out.
 */
export type StretchEntry = Pick<StretchText, 'id' | 'name' | 'pacing'>;

/** The rest of a stretch: where and how to get into it, what to feel, why it helps. */
export type StretchInstructions = Omit<StretchText, keyof StretchEntry>;

/** The app's default hold. The brief allows 20–30 s; we start at the top and let users lower it. */
const DEFAULT_HOLD_S = 30;
/** Desk holds are shorter than bed holds: a break should be over in a couple of minutes. */
const DESK_HOLD_S = 20;
/** The figure four is the desk break's second per-side stretch: shorter, to keep it near two minutes. */
const DESK_FIGURE_FOUR_HOLD_S = 15;

/** The seven morning stretches, in the order the routine runs them. */
export const morningStretchList = [
  {
    id: 'hip-flexor',
    name: 'Hip flexor stretch',
    pacing: { kind: 'hold', perSide: true, defaultHoldS: DEFAULT_HOLD_S },
  },
  {
    id: 'piriformis',
    name: 'Piriformis stretch',
    pacing: { kind: 'hold', perSide: true, defaultHoldS: DEFAULT_HOLD_S },
  },
  {
    id: 'hamstring',
    name: 'Hamstring stretch',
    pacing: { kind: 'hold', perSide: true, defaultHoldS: DEFAULT_HOLD_S },
  },
  {
    id: 'prone-quad',
    name: 'Lying quad stretch',
    pacing: { kind: 'hold', perSide: true, defaultHoldS: DEFAULT_HOLD_S },
  },
  {
    id: 'supine-butterfly',
    name: 'Lying butterfly',
    pacing: { kind: 'hold', perSide: false, defaultHoldS: DEFAULT_HOLD_S },
  },
  {
    id: 'seated-forward-bend',
    name: 'Seated forward bend',
    pacing: { kind: 'hold', perSide: false, defaultHoldS: DEFAULT_HOLD_S },
  },
  {
    id: 'cat-cow',
    name: 'Cat-cow',
    // 4 s in and 5 s out for 10 breaths: 90 s, inside the brief's 1–2 minutes.
    pacing: { kind: 'flow', breathInS: 4, breathOutS: 5, defaultCycles: 10 },
  },
] as const satisfies readonly StretchEntry[];

/** The bed stretches adapted for a chair, for the stand-up break. */
export const deskStretchList = [
  {
    id: 'desk-hip-flexor',
    name: 'Hip flexor stretch (desk)',
    pacing: { kind: 'hold', perSide: true, defaultHoldS: DESK_HOLD_S },
  },
  {
    id: 'desk-figure-four',
    name: 'Seated figure four',
    pacing: { kind: 'hold', perSide: true, defaultHoldS: DESK_FIGURE_FOUR_HOLD_S },
  },
  {
    id: 'desk-hamstring',
    name: 'Seated hamstring stretch',
    pacing: { kind: 'hold', perSide: true, defaultHoldS: DESK_HOLD_S },
  },
  {
    id: 'desk-forward-fold',
    name: 'Seated forward fold',
    pacing: { kind: 'hold', perSide: false, defaultHoldS: DESK_HOLD_S },
  },
  {
    id: 'desk-cat-cow',
    name: 'Seated cat-cow',
    pacing: { kind: 'flow', breathInS: 4, breathOutS: 5, defaultCycles: 3 },
  },
] as const satisfies readonly StretchEntry[];

export type MorningStretchId = (typeof morningStretchList)[number]['id'];
export type DeskStretchId = (typeof deskStretchList)[number]['id'];

/** Every stretch the app knows: the seven bed stretches, then the desk variants. */
export const allStretchList: readonly StretchEntry[] = [...morningStretchList, ...deskStretchList];

/** The stretch with this id, as a list names it. */
export const getStretchEntry = lookupById<StretchId, StretchEntry>(allStretchList, 'stretch');

/** A list's stretches with their instructions: every stretch in the list has some. */
export function withInstructions<Id extends StretchId>(
  list: readonly (StretchEntry & { id: Id })[],
  instructions: Record<Id, StretchInstructions>,
): StretchText[] {
  return list.map((entry) => ({ ...entry, ...instructions[entry.id] }));
}
