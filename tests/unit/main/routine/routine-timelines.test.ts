import { describe, expect, it } from 'vitest';

import { TimelineSchema } from '@shared/routine/snapshot-schema';

import { timelineFrom } from '../../../../src-main/routine/routine-timelines';

describe('built-in routine timelines', () => {
  it.each(['morning-in-bed', 'desk-break'] as const)(
    '%s builds a timeline the contract accepts',
    (id) => {
      const timeline = timelineFrom(id);
      expect(timeline.routineId).toBe(id);
      expect(timeline.totalMs).toBeGreaterThan(0);
      expect(TimelineSchema.safeParse(timeline).success).toBe(true);
    },
  );

  it('the morning routine has the seven stretches', () => {
    expect(timelineFrom('morning-in-bed').stretchIds).toHaveLength(7);
  });
});
