import type { HoldReason } from '@shared/history/kinds';
import type { NewHistoryRecord } from '@shared/history/records';
import type { NudgeAnswer } from '@shared/reminders/nudge-schema';
import type { BoutRecord, BreakRecord } from '@shared/sitting/types';

import type { RoutineRecord } from '../routine/routine-log';

/**
 * The events main's services already produce, as history records: one small function per feed,
 * so the composition root only connects them. Every record's `at` is when the thing ended.
 */

/** A finished routine (RoutineSession's onFinished), and whether it was the morning one. */
export function routineEntry(
  record: RoutineRecord,
  context: { morning: boolean },
): NewHistoryRecord {
  return {
    type: 'routine',
    at: record.endedAt,
    routineId: record.routineId,
    // The player says 'ended-early' for a routine left before its end; history says abandoned.
    outcome: record.outcome === 'completed' ? 'completed' : 'abandoned',
    stepsDone: [...record.stretchesDone],
    activeMs: record.activeMs,
    plannedMs: record.plannedMs,
    morning: context.morning,
  };
}

const NUDGE_ANSWER = { stretch: 'took', snooze: 'snoozed', skip: 'skipped' } as const;

/** The user's answer to a nudge (SittingService.answer), or 'ignored' when it went unanswered. */
export function nudgeEntry(
  answer: NudgeAnswer | 'ignored',
  heldFor: readonly HoldReason[] = [],
): NewHistoryRecord {
  return {
    type: 'nudge',
    answer: answer === 'ignored' ? 'ignored' : NUDGE_ANSWER[answer.action],
    heldFor: [...heldFor],
  };
}

/** An absence long enough to end the bout (the tracker's BreakRecord). */
export const naturalBreakEntry = (record: BreakRecord): NewHistoryRecord => ({
  type: 'natural-break',
  at: record.startedAtWall + record.lengthMs,
  lengthMs: record.lengthMs,
  kind: record.kind,
});

/** A finished sitting bout (the tracker's BoutRecord). */
export const sittingBoutEntry = (record: BoutRecord): NewHistoryRecord => ({
  type: 'sitting-bout',
  at: record.startedAtWall + record.lengthMs,
  lengthMs: record.lengthMs,
});
