import { TZDate } from '@date-fns/tz';

import { localDayOf, shiftDay } from '@shared/history/local-day';
import type { RawRecord } from '@shared/history/records';

const MIN = 60_000;

/**
 * A heavy user's history, every day for `days` days up to `lastDay`: a morning routine and its
 * stiffness score, 12 nudges, 10 sitting bouts, 10 natural breaks and a desk break. What the
 * issue sizes the file for (a year must stay under 1 MB); the bench and a unit test share it.
 */
export function heavyHistory(lastDay: string, days: number, zone: string): RawRecord[] {
  const records: RawRecord[] = [];
  for (let d = days - 1; d >= 0; d--) {
    const [y, m, dd] = shiftDay(lastDay, -d).split('-').map(Number) as [number, number, number];
    const wall = (hour: number, minute: number) =>
      new TZDate(y, m - 1, dd, hour, minute, zone).getTime();
    const stamp = (atMs: number) => ({ at: atMs, day: localDayOf(atMs, zone) });
    records.push({
      type: 'routine',
      ...stamp(wall(7, 10)),
      routineId: 'morning-in-bed',
      outcome: d % 9 === 0 ? 'abandoned' : 'completed',
      stepsDone: [
        'hip-flexor',
        'piriformis',
        'hamstring',
        'prone-quad',
        'supine-butterfly',
        'seated-forward-bend',
        'cat-cow',
      ],
      activeMs: 7 * MIN + (d % 13) * 1000,
      plannedMs: 7 * MIN,
      morning: true,
    });
    records.push({ type: 'stiffness', ...stamp(wall(7, 11)), score: (d * 7) % 11 });
    for (let n = 0; n < 12; n++) {
      const answer = (['took', 'snoozed', 'skipped', 'ignored'] as const)[(d + n) % 4] ?? 'took';
      records.push({
        type: 'nudge',
        ...stamp(wall(8 + n, 15)),
        answer,
        heldFor: n === 5 ? ['camera', 'microphone'] : [],
      });
      if (n < 10) {
        records.push({
          type: 'sitting-bout',
          ...stamp(wall(8 + n, 14)),
          lengthMs: 40 * MIN + ((d + n) % 30) * MIN,
        });
        records.push({
          type: 'natural-break',
          ...stamp(wall(8 + n, 40)),
          lengthMs: 6 * MIN + n * 1000,
          kind: n === 4 ? 'lock' : 'idle',
        });
      }
    }
    records.push({
      type: 'routine',
      ...stamp(wall(15, 20)),
      routineId: 'desk-break',
      outcome: 'completed',
      stepsDone: ['desk-hip-flexor', 'desk-figure-four', 'desk-hamstring'],
      activeMs: 2 * MIN,
      plannedMs: 2 * MIN,
      morning: false,
    });
  }
  return records;
}
