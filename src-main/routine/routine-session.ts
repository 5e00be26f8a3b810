import type { RoutineId } from '@shared/content/types';
import {
  endEarly,
  finishesAt,
  pausePlayer,
  type PlayerState,
  restartStretch,
  resumePlayer,
  settle,
  skipBack,
  skipForward,
  snapshotFrom,
  startPlayer,
  type Timeline,
} from '@shared/routine';
import { sessionStretches } from '@shared/routine/session-stretches';
import type { SessionAction, SessionSnapshot } from '@shared/routine/snapshot-schema';
import { stretchesDone } from '@shared/routine/stretches-done';
import type { Clock, Dispose, Timers } from '@shared/time/clock';

import { guarded, tellEach } from '../platform/guarded';
import { type LogPort, silentLog } from '../platform/log-port';
import type { RoutineRecord } from './routine-log';

/** The one routine being played, owned by main; the renderer only shows it. */
export interface RoutineSession {
  /** Starts a routine, replacing (and ending early) any session still running. */
  start(routineId: RoutineId, options?: { paused?: boolean }): SessionSnapshot;
  /** @throws Error when there is no session to control. */
  control(action: SessionAction): SessionSnapshot;
  /** Ends an unfinished session early; does nothing otherwise. */
  abandon(): void;
  /** The session measured now; it stays readable after it finishes. */
  snapshot(): SessionSnapshot | null;
  /** Called after every change, including the routine finishing on its own. */
  subscribe(listener: (snapshot: SessionSnapshot | null) => void): Dispose;
}

export interface RoutineSessionDeps {
  clock: Clock;
  timers: Timers;
  timelineFor: (routineId: RoutineId) => Timeline;
  /** Called once per session when it finishes, completed or ended early. */
  onFinished: (record: RoutineRecord) => void;
  /** Where a listener or `onFinished` that throws is logged. @default none */
  log?: LogPort;
}

interface Session {
  id: string;
  timeline: Timeline;
  state: PlayerState;
  startedAt: number;
}

type Transition = (timeline: Timeline, state: PlayerState, now: number) => PlayerState;

const transitions: Record<SessionAction, Transition> = {
  pause: (_timeline, state, now) => pausePlayer(state, now),
  resume: (_timeline, state, now) => resumePlayer(state, now),
  next: skipForward,
  back: skipBack,
  'restart-stretch': restartStretch,
  end: (_timeline, state, now) => endEarly(state, now),
};

/**
 * Creates the session service. While a routine runs, exactly one timer is armed, for the moment
 * it will end; every control re-arms it. Completion is noticed without polling.
 */
export function createRoutineSession(deps: RoutineSessionDeps): RoutineSession {
  const { clock, timers } = deps;
  const log = deps.log ?? silentLog;
  const listeners = new Set<(snapshot: SessionSnapshot | null) => void>();
  let current: Session | undefined;
  let disarm: Dispose | undefined;
  let started = 0;

  const snapshot = (): SessionSnapshot | null => (current ? snapshotOf(current) : null);

  function snapshotOf(session: Session): SessionSnapshot {
    const { timeline } = session;
    return {
      sessionId: session.id,
      // Copies: the contract's types are mutable, the timeline is shared and read-only.
      timeline: {
        ...timeline,
        stretchIds: [...timeline.stretchIds],
        steps: timeline.steps.map((step) => ({ ...step })),
      },
      stretches: sessionStretches(timeline),
      player: snapshotFrom(timeline, session.state, clock.monotonic()),
    };
  }

  function emit(): void {
    tellEach(listeners, snapshot(), log, 'A routine session listener');
  }

  /**
   * Moves the session to `next`, re-arms, then records it the first time it finishes: a record
   * that fails to be kept is logged and never leaves the session untimed.
   */
  function commit(session: Session, next: PlayerState): void {
    const wasFinished = session.state.status === 'finished';
    session.state = next;
    arm(session);
    if (!wasFinished && next.status === 'finished') {
      const finished = snapshotFrom(session.timeline, next, clock.monotonic());
      const record: RoutineRecord = {
        routineId: session.timeline.routineId,
        outcome: next.outcome,
        startedAt: session.startedAt,
        endedAt: clock.now(),
        activeMs: finished.activeMs,
        plannedMs: session.timeline.totalMs,
        stretchesDone: stretchesDone(session.timeline, finished.positionMs),
      };
      guarded(log, 'Recording a finished routine', () => deps.onFinished(record));
    }
  }

  function arm(session: Session): void {
    disarm?.();
    disarm = undefined;
    const deadline = finishesAt(session.timeline, session.state);
    if (deadline === undefined) return;
    disarm = timers.setTimeout(() => {
      disarm = undefined;
      if (current !== session) return;
      commit(session, settle(session.timeline, session.state, clock.monotonic()));
      emit();
    }, deadline - clock.monotonic());
  }

  function requireSession(): Session {
    if (!current) throw new Error('No routine is in progress.');
    return current;
  }

  return {
    start(routineId, options = {}) {
      const timeline = deps.timelineFor(routineId);
      const now = clock.monotonic();
      if (current) commit(current, endEarly(current.state, now));
      const fresh = startPlayer(now);
      current = {
        id: `${routineId}-${clock.now()}-${++started}`,
        timeline,
        state: options.paused ? pausePlayer(fresh, now) : fresh,
        startedAt: clock.now(),
      };
      arm(current);
      emit();
      return snapshotOf(current);
    },
    control(action) {
      const session = requireSession();
      const now = clock.monotonic();
      // Settle first, so a control that races the end cannot undo a completion.
      const settled = settle(session.timeline, session.state, now);
      commit(session, transitions[action](session.timeline, settled, now));
      emit();
      return snapshotOf(session);
    },
    abandon() {
      if (!current || current.state.status === 'finished') return;
      commit(current, endEarly(current.state, clock.monotonic()));
      emit();
    },
    snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
