import { TZDate } from '@date-fns/tz';

import { localDayOf } from '@shared/history/local-day';
import type { HistoryRecord, RawRecord } from '@shared/history/records';

/**
 * Records as the store would stamp them, from a local clock time: `at('2026-03-29 23:59',
 * 'Europe/Berlin')`. Tests read like the user's day, and the DST arithmetic is the library's.
 */
export const BERLIN = 'Europe/Berlin';
export const NEW_YORK = 'America/New_York';

/** Wall ms of a local time 'YYYY-MM-DD HH:MM' in `zone`. */
export function at(local: string, zone: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(local);
  if (!match) throw new Error(`Write local times as 'YYYY-MM-DD HH:MM', not "${local}"`);
  const [, y, mo, d, h, mi] = match.map(Number) as number[];
  const wall = new TZDate(y!, mo! - 1, d!, h!, mi!, zone);
  // A time inside a spring-forward gap does not exist: a test naming one has a typo.
  const back = new TZDate(wall.getTime(), zone);
  if (back.getHours() !== h || back.getMinutes() !== mi)
    throw new Error(`${local} does not exist in ${zone}`);
  return wall.getTime();
}

type Fields<T extends RawRecord['type']> = Omit<
  Extract<RawRecord, { type: T }>,
  'type' | 'at' | 'day'
>;

function stamp<T extends RawRecord['type']>(
  type: T,
  local: string,
  zone: string,
  fields: Fields<T>,
) {
  const wall = at(local, zone);
  return { type, at: wall, day: localDayOf(wall, zone), ...fields } as unknown as Extract<
    HistoryRecord,
    { type: T }
  >;
}

export const morningRoutine = (
  local: string,
  zone: string,
  overrides: Partial<Fields<'routine'>> = {},
) =>
  stamp('routine', local, zone, {
    routineId: 'morning-in-bed',
    outcome: 'completed',
    stepsDone: [
      'hip-flexor',
      'piriformis',
      'hamstring',
      'prone-quad',
      'supine-butterfly',
      'seated-forward-bend',
      'cat-cow',
    ],
    activeMs: 420_000,
    plannedMs: 420_000,
    morning: true,
    ...overrides,
  });

export const deskBreak = (
  local: string,
  zone: string,
  overrides: Partial<Fields<'routine'>> = {},
) =>
  stamp('routine', local, zone, {
    routineId: 'desk-break',
    outcome: 'completed',
    stepsDone: ['desk-hip-flexor', 'desk-figure-four', 'desk-hamstring'],
    activeMs: 120_000,
    plannedMs: 120_000,
    morning: false,
    ...overrides,
  });

export const nudge = (
  local: string,
  zone: string,
  answer: Fields<'nudge'>['answer'] = 'took',
  heldFor: Fields<'nudge'>['heldFor'] = [],
) => stamp('nudge', local, zone, { answer, heldFor });

export const offer = (local: string, zone: string, answer: Fields<'morning-offer'>['answer']) =>
  stamp('morning-offer', local, zone, { answer });

export const naturalBreak = (local: string, zone: string, lengthMs = 600_000) =>
  stamp('natural-break', local, zone, { lengthMs, kind: 'idle' });

export const bout = (local: string, zone: string, lengthMs: number) =>
  stamp('sitting-bout', local, zone, { lengthMs });

export const stiffness = (local: string, zone: string, score: number) =>
  stamp('stiffness', local, zone, { score });
