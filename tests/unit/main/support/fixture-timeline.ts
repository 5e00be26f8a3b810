import type { RoutineId } from '@shared/content/types';
import type { Timeline, TimelineStep } from '@shared/routine/types';

const SECOND = 1000;

/** Two short stretches: 10 s setup, 20 s hold, 5 s rest, 10 s setup, 20 s hold = 65 s. */
export function fixtureTimeline(routineId: RoutineId = 'morning-in-bed'): Timeline {
  const plan: Omit<TimelineStep, 'index' | 'startMs'>[] = [
    {
      kind: 'setup',
      stretchId: 'hip-flexor',
      stretchIndex: 0,
      durationMs: 10 * SECOND,
      instruction: 'Get ready',
    },
    {
      kind: 'hold',
      stretchId: 'hip-flexor',
      stretchIndex: 0,
      durationMs: 20 * SECOND,
      instruction: 'Hold',
    },
    {
      kind: 'rest',
      stretchId: 'hip-flexor',
      stretchIndex: 0,
      durationMs: 5 * SECOND,
      instruction: 'Relax',
    },
    {
      kind: 'setup',
      stretchId: 'hamstring',
      stretchIndex: 1,
      durationMs: 10 * SECOND,
      instruction: 'Get ready',
    },
    {
      kind: 'hold',
      stretchId: 'hamstring',
      stretchIndex: 1,
      durationMs: 20 * SECOND,
      instruction: 'Hold',
    },
  ];
  let startMs = 0;
  const steps = plan.map((step, index) => {
    const placed = { ...step, index, startMs };
    startMs += step.durationMs;
    return placed;
  });
  return {
    routineId,
    routineName: routineId === 'desk-break' ? 'Desk break' : 'Morning in bed',
    stretchIds: ['hip-flexor', 'hamstring'],
    steps,
    totalMs: startMs,
  };
}

export const FIXTURE_TOTAL_MS = 65 * SECOND;
