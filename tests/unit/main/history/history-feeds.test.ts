import { describe, expect, it } from 'vitest';

import {
  naturalBreakEntry,
  nudgeEntry,
  routineEntry,
  sittingBoutEntry,
} from '../../../../src-main/history/history-feeds';
import { historyHarness, START } from './store-harness';

describe('feeding history from the services', () => {
  it('each service event becomes a record the store accepts, ending at the right time', () => {
    const store = historyHarness().start();
    const results = [
      routineEntry(
        {
          routineId: 'morning-in-bed',
          outcome: 'ended-early',
          startedAt: START - 300_000,
          endedAt: START - 60_000,
          activeMs: 200_000.7,
          plannedMs: 420_000,
          stretchesDone: ['hip-flexor', 'piriformis'],
        },
        { morning: true },
      ),
      nudgeEntry({ action: 'snooze', minutes: 10 }, ['camera']),
      nudgeEntry({ action: 'stretch' }),
      nudgeEntry('ignored'),
      naturalBreakEntry({ startedAtWall: START - 900_000, lengthMs: 600_000, kind: 'lock' }),
      sittingBoutEntry({ startedAtWall: START - 3_600_000, lengthMs: 3_000_000, endedBy: 'break' }),
    ].map((entry) => store.append(entry));
    expect(results.every((result) => result.ok)).toBe(true);
    expect(store.list()).toEqual([
      expect.objectContaining({
        type: 'routine',
        outcome: 'abandoned',
        at: START - 60_000,
        activeMs: 200_001,
      }),
      expect.objectContaining({ type: 'nudge', answer: 'snoozed', heldFor: ['camera'], at: START }),
      expect.objectContaining({ type: 'nudge', answer: 'took', heldFor: [] }),
      expect.objectContaining({ type: 'nudge', answer: 'ignored' }),
      expect.objectContaining({ type: 'natural-break', kind: 'lock', at: START - 300_000 }),
      expect.objectContaining({ type: 'sitting-bout', at: START - 600_000, lengthMs: 3_000_000 }),
    ]);
  });
});
