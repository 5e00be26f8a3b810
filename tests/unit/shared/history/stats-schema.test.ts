import { describe, expect, it } from 'vitest';

import { computeHistoryStats } from '@shared/history/stats';
import { HistoryStatsSchema } from '@shared/history/stats-schema';

import { heavyHistory } from '../../../support/heavy-history';
import { at, BERLIN } from './make-records';

describe('history stats over IPC', () => {
  it('the figures of a busy month pass the wire schema unchanged', () => {
    const stats = computeHistoryStats(
      heavyHistory('2026-03-30', 40, BERLIN),
      at('2026-03-30 20:00', BERLIN),
      BERLIN,
    );
    expect(stats.streak.current).toBeGreaterThan(0);
    expect(HistoryStatsSchema.parse(stats)).toEqual(stats);
  });
});
