import type { BoutEnd, BoutRecord, BreakKind, BreakRecord, TrackerState } from './types';

type History = TrackerState['history'];

function keepLast<T>(items: readonly T[], item: T, limit: number): T[] {
  const all = [...items, item];
  return all.length > limit ? all.slice(all.length - limit) : all;
}

/** Adds a finished bout, dropping the oldest past `limit`. Empty bouts are not worth a line. */
export function addBout(
  history: History,
  endedAtWall: number,
  lengthMs: number,
  endedBy: BoutEnd,
  limit: number,
): History {
  if (lengthMs <= 0) return history;
  const record: BoutRecord = { startedAtWall: endedAtWall - lengthMs, lengthMs, endedBy };
  return { ...history, bouts: keepLast(history.bouts, record, limit) };
}

/** Adds a finished absence, dropping the oldest past `limit`. */
export function addBreak(
  history: History,
  startedAtWall: number,
  lengthMs: number,
  kind: BreakKind,
  limit: number,
): History {
  const record: BreakRecord = { startedAtWall, lengthMs: Math.max(0, lengthMs), kind };
  return { ...history, breaks: keepLast(history.breaks, record, limit) };
}
