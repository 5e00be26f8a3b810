/** The stretch catalogue's shape. Data only: the words a user reads and the picture they follow. */

/** Every stretch id, bed stretches then desk variants: the type and the IPC schema derive from it. */
export const STRETCH_IDS = [
  'hip-flexor',
  'piriformis',
  'hamstring',
  'prone-quad',
  'supine-butterfly',
  'seated-forward-bend',
  'cat-cow',
  'desk-hip-flexor',
  'desk-figure-four',
  'desk-hamstring',
  'desk-forward-fold',
  'desk-cat-cow',
] as const;

export type StretchId = (typeof STRETCH_IDS)[number];

export type Side = 'left' | 'right';

export type Position =
  'standing' | 'lying-on-back' | 'lying-on-stomach' | 'seated' | 'hands-and-knees';

/** A hold is a still stretch; a flow moves with the breath (cat-cow). */
export type StretchPacing =
  | { kind: 'hold'; perSide: boolean; defaultHoldS: number }
  | { kind: 'flow'; breathInS: number; breathOutS: number; defaultCycles: number };

/**
 * One stroke of an illustration. Roles, not colours: the renderer styles them so every figure
 * shares one line weight and palette, and the working limb stands out in the accent colour.
 */
export type IllustrationShape =
  | { kind: 'path'; d: string; role: IllustrationRole }
  | { kind: 'circle'; cx: number; cy: number; r: number; role: IllustrationRole };

/**
 * figure: the body; active: the limb being stretched (drawn in accent colour);
 * surface: bed, floor, chair; prop: towel or strap; motion: arrows and guides.
 */
export type IllustrationRole = 'figure' | 'active' | 'surface' | 'prop' | 'motion';

/** A labelled pose. Cat-cow has two frames (cow on the in-breath, cat on the out-breath). */
export interface IllustrationFrame {
  label: string;
  shapes: readonly IllustrationShape[];
}

export interface Illustration {
  /** SVG viewBox, "0 0 w h". All figures share one size so they sit in the same frame. */
  viewBox: string;
  /** Short description for screen readers. */
  alt: string;
  frames: readonly IllustrationFrame[];
  /**
   * The side shown as drawn. For a per-side stretch the renderer mirrors the figure for the
   * other side, so the highlighted limb is always the one being held.
   */
  drawnSide?: Side;
}

export interface Stretch {
  id: StretchId;
  name: string;
  position: Position;
  /** Where it starts, in a sentence: "Lie on your back, knees bent, feet flat." */
  startPosition: string;
  /** Where the user should feel it: "Front of the hip". */
  feltIn: string;
  pacing: StretchPacing;
  /** Ordered instructions to get into the pose. */
  steps: readonly string[];
  /** Short reminders shown during the hold, one at a time. */
  cues: readonly string[];
  /** Optional props, e.g. "A towel or strap". */
  equipment?: string;
  /** Why it helps, in a sentence or two. */
  why: string;
  /** Set on desk variants: the bed stretch this one adapts for a chair. */
  adaptsFor?: StretchId;
  illustration: Illustration;
}

/** The routines that ship with the app. */
export const BUILT_IN_ROUTINE_IDS = ['morning-in-bed', 'desk-break'] as const;

/** A built-in routine, or one the user made in settings (`custom-…`). */
export type RoutineId = (typeof BUILT_IN_ROUTINE_IDS)[number] | `custom-${string}`;

/** A stretch in a routine, with optional per-routine overrides. */
export interface RoutineItem {
  stretchId: StretchId;
  holdS?: number;
  cycles?: number;
}

export interface Routine {
  id: RoutineId;
  name: string;
  description: string;
  items: readonly RoutineItem[];
}
