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
  /**
   * SVG viewBox, "x y w h". Every drawing is 160 high and its frames share 240 of width (one
   * frame 240 wide, a two-frame flow 120 each), so side by side the body is the same size.
   */
  viewBox: string;
  frames: readonly IllustrationFrame[];
  /**
   * The side shown as drawn. For a per-side stretch the renderer mirrors the figure for the
   * other side, so the highlighted limb is always the one being held.
   */
  drawnSide?: Side;
  /**
   * Per-side figures: where the side's letter (R or L) goes, next to the working limb, in the
   * drawing's coordinates as drawn. The renderer moves it with the mirror but keeps it readable.
   */
  sideMark?: { x: number; y: number };
}

/**
 * What a per-side stretch says about its sides. A side is the side being stretched: on the
 * right side of the hip flexor stretch the right leg is the one back.
 */
export interface SideWords {
  /** The working limb, short enough for a label: "Right leg". */
  label: string;
  /** The hold's instruction, naming the limbs: "Right ankle over your left knee". */
  hold: string;
  /** The drawing of this side described for a screen reader, naming the working limb. */
  picture: string;
}

export interface PerSide {
  right: SideWords;
  left: SideWords;
  /** The switch step's one line, right to left: "Lower your right leg, raise your left". */
  switchHow: string;
  /** Seconds the switch needs: a bigger change of position (uncrossing, moving a towel) more. */
  switchS: number;
}

/**
 * A stretch in words and numbers: all main needs (routine timelines, spoken text), without the
 * drawing, so main never loads the illustrations.
 */
export interface StretchText {
  id: StretchId;
  name: string;
  /** The name an article or a physio may use, when it differs: shown as "also called …". */
  alsoCalled?: string;
  position: Position;
  /** Where it starts, in a sentence: "Lie on your back, knees bent, feet flat." */
  startPosition: string;
  /** Where the user should feel it: "Front of the hip". */
  feltIn: string;
  /**
   * The drawing described for a screen reader (per side in `sides`). Words, so they live here
   * and travel from main with the rest; the player ships only the lines.
   */
  picture: string;
  pacing: StretchPacing;
  /**
   * Ordered instructions to get into the pose. Per-side stretches start on the right, so their
   * steps name the right side's limbs; the left side is reached through `sides.switchHow`.
   */
  steps: readonly string[];
  /** Short reminders shown during the hold, one at a time. Shown on both sides: no side named. */
  cues: readonly string[];
  /**
   * Props that help, e.g. "A towel or strap". The player labels it "Optional:", so the text
   * does not say optional again.
   */
  equipment?: string;
  /** Set exactly when the pacing is per side: the words for each side and for the switch. */
  sides?: PerSide;
  /** Why it helps, in a sentence or two. */
  why: string;
  /** Set on desk variants: the bed stretch this one adapts for a chair. */
  adaptsFor?: StretchId;
}

/** A stretch as the player shows it: its words and its drawing. */
export interface Stretch extends StretchText {
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
