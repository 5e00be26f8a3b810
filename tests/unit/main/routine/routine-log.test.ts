import { describe, expect, it } from 'vitest';

import { createRoutineLog, type RoutineRecord } from '../../../../src-main/routine/routine-log';

const record = (startedAt: number): RoutineRecord => ({
  routineId: 'desk-break',
  outcome: 'completed',
  startedAt,
  endedAt: startedAt + 120_000,
  activeMs: 120_000,
  plannedMs: 120_000,
  stretchesDone: ['desk-hip-flexor'],
});

describe('routine log in memory', () => {
  it('keeps the latest 200 records: a caller starting routines all day cannot fill memory', () => {
    const log = createRoutineLog();
    for (let i = 0; i < 1_000; i++) log.append(record(i));
    const kept = log.records();
    expect(kept).toHaveLength(200);
    expect(kept[0]?.startedAt).toBe(800);
    expect(kept.at(-1)?.startedAt).toBe(999);
  });

  it('still tells every listener of every record', () => {
    const log = createRoutineLog();
    let heard = 0;
    log.subscribe(() => heard++);
    for (let i = 0; i < 300; i++) log.append(record(i));
    expect(heard).toBe(300);
  });
});
