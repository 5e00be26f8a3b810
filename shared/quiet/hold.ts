import type { BusyDecision } from './busy-policy';
import type { SignalKind } from './signal';

/**
 * Holding a nudge while the user is busy, on the monotonic clock.
 *
 * clear ──due, busy──▶ holding ──check, quiet──▶ settling ──check at the end, quiet──▶ clear
 *   ▲                    ▲  │ check, busy               │                         (deliver once)
 *   │                    │  └─(re-check in a minute)   │
 *   │                    └───────check, busy───────────┘  (a flap restarts the settle)
 *   └── release (a break, an answer, a pause): nothing is delivered
 *
 * While held nothing shows: no window, no sound, no notification. The OS is asked again about
 * once a minute, and only while something is held (`nextCheckAtMono` is null otherwise); during
 * the settle every 10 s, so a signal that comes back restarts it. The nudge comes once,
 * `settleMs` after the last check that saw a signal, so a call that drops and reconnects, or a
 * signal that flaps, cannot produce a burst of reminders.
 */
export type HoldState =
  | { kind: 'clear' }
  | {
      kind: 'holding';
      heldSinceMono: number;
      reasons: readonly SignalKind[];
      recheckAtMono: number;
    }
  | { kind: 'settling'; heldSinceMono: number; deliverAtMono: number; recheckAtMono: number };

export interface HoldConfig {
  /** How often to ask the OS again while a nudge is held. @default 60_000 */
  recheckMs: number;
  /** Quiet time after the last signal ends before the held nudge comes. @default 30_000 */
  settleMs: number;
  /**
   * How often to look during the settle, so a signal that comes back within it (a call that
   * reconnects, a flapping share) restarts the wait instead of slipping between two looks.
   * @default 10_000
   */
  settleCheckMs: number;
}

export const defaultHoldConfig: HoldConfig = {
  recheckMs: 60_000,
  settleMs: 30_000,
  settleCheckMs: 10_000,
};

export const clearHold: HoldState = { kind: 'clear' };

/** What the caller does now: nothing, keep quiet (a nudge was just held), or show the nudge. */
export type HoldEffect = 'none' | 'held' | 'deliver';

export interface HoldStep {
  state: HoldState;
  effect: HoldEffect;
}

/**
 * A nudge fell due (the planner said so). Not busy and nothing held: show it as usual. Busy:
 * hold it. Already held: the same nudge is still waiting, so this is just another check; the
 * planner's repeats never stack up behind a hold.
 */
export function nudgeFallsDue(
  state: HoldState,
  decision: BusyDecision,
  atMono: number,
  config: HoldConfig = defaultHoldConfig,
): HoldStep {
  if (state.kind !== 'clear') return recheck(state, decision, atMono, config);
  if (!decision.busy) return { state, effect: 'deliver' };
  return { state: holding(atMono, decision, atMono, config), effect: 'held' };
}

/**
 * The answer of a re-check (run at `nextCheckAtMono`, or whenever the caller learns something,
 * e.g. "In a meeting" was turned off). Busy again restarts the wait; quiet starts the settle,
 * and a settle that is over and still quiet delivers.
 */
export function recheck(
  state: HoldState,
  decision: BusyDecision,
  atMono: number,
  config: HoldConfig = defaultHoldConfig,
): HoldStep {
  if (state.kind === 'clear') return { state, effect: 'none' };
  if (decision.busy) {
    return { state: holding(state.heldSinceMono, decision, atMono, config), effect: 'none' };
  }
  const deliverAtMono = state.kind === 'holding' ? atMono + config.settleMs : state.deliverAtMono;
  if (atMono >= deliverAtMono) return { state: clearHold, effect: 'deliver' };
  const recheckAtMono = Math.min(deliverAtMono, atMono + config.settleCheckMs);
  return {
    state: { kind: 'settling', heldSinceMono: state.heldSinceMono, deliverAtMono, recheckAtMono },
    effect: 'none',
  };
}

/** The held nudge no longer applies (the user took a break, answered, or paused reminders). */
export function releaseHold(): HoldState {
  return clearHold;
}

/** When to check again (monotonic ms), or null: nothing is held, so nothing is polled. */
export function nextCheckAtMono(state: HoldState): number | null {
  return state.kind === 'clear' ? null : state.recheckAtMono;
}

/** Whether a nudge is being kept back right now (the tray says so; see holdStatusText). */
export function isHolding(state: HoldState): boolean {
  return state.kind !== 'clear';
}

function holding(
  heldSinceMono: number,
  decision: BusyDecision,
  atMono: number,
  config: HoldConfig,
): HoldState {
  return {
    kind: 'holding',
    heldSinceMono,
    reasons: decision.reasons,
    recheckAtMono: atMono + config.recheckMs,
  };
}
