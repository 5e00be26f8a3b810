import type { RoutineId, Side, StretchId } from '../content/types';

/**
 * setup: get into position; hold: a still stretch; switch: change sides;
 * flow: move with the breath (cat-cow); rest: release before the next stretch.
 */
export type StepKind = 'setup' | 'hold' | 'switch' | 'flow' | 'rest';

export interface BreathPacing {
  inhaleMs: number;
  exhaleMs: number;
  cycles: number;
}

export interface TimelineStep {
  /** Position in the timeline, from 0. */
  index: number;
  kind: StepKind;
  stretchId: StretchId;
  /** Which stretch of the routine this step belongs to, from 0. */
  stretchIndex: number;
  /** Set on per-side holds, and on the setup/switch that leads into them. */
  side?: Side;
  startMs: number;
  durationMs: number;
  /** What to do now, in a short sentence. */
  instruction: string;
  /** Set on flow steps. */
  breath?: BreathPacing;
}

export interface Timeline {
  routineId: RoutineId;
  routineName: string;
  /** The stretches in routine order. */
  stretchIds: readonly StretchId[];
  steps: readonly TimelineStep[];
  totalMs: number;
}

/** Lengths that shape a timeline. Settings will supply them; these are the defaults. */
export interface TimelineOptions {
  /** Time to get into position before the first hold of a stretch. @default 10 */
  setupS: number;
  /**
   * Added to the setup of a stretch that needs a change of position from the one before it
   * (standing to lying, lying on the back to the stomach): time to read, then move. @default 10
   */
  moveS: number;
  /**
   * Time to change sides between the two holds of a per-side stretch; a stretch whose change
   * takes longer (`sides.switchS`) gets its own. @default 5
   */
  switchS: number;
  /** Time to release after a stretch, before the next one's setup. @default 5 */
  restS: number;
  /** Replaces every hold length when set (settings: per-stretch hold). */
  holdS?: number;
  /** Replaces the cat-cow cycle count when set. */
  flowCycles?: number;
}

/**
 * Where the player is, as data. Positions are elapsed active milliseconds into the timeline,
 * anchored to a monotonic timestamp while running: the countdown is computed from timestamps,
 * so a late or throttled tick never makes it drift.
 */
export type PlayerState =
  | {
      status: 'running';
      /** Timeline position at `anchorAt`. */
      positionMs: number;
      /** Active time spent (excludes pauses, ignores skips) at `anchorAt`. */
      activeMs: number;
      /** Monotonic time the anchor was taken. */
      anchorAt: number;
    }
  | { status: 'paused'; positionMs: number; activeMs: number }
  | { status: 'finished'; positionMs: number; activeMs: number; outcome: RoutineOutcome };

export type RoutineOutcome = 'completed' | 'ended-early';

/** What the player shows at one moment: a pure function of timeline, state and time. */
export interface PlayerView {
  status: PlayerState['status'];
  step: TimelineStep | undefined;
  nextStep: TimelineStep | undefined;
  /** Milliseconds left in the current step. */
  stepRemainingMs: number;
  /** Milliseconds left in the whole routine. */
  totalRemainingMs: number;
  positionMs: number;
  activeMs: number;
  /** 1-based "3 of 7". */
  stretchNumber: number;
  stretchCount: number;
  /** Set while a flow step runs. */
  breath?: { phase: 'in' | 'out'; cycle: number; cycles: number; phaseRemainingMs: number };
}
