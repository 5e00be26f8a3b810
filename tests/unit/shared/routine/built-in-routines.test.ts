import { describe, expect, it } from 'vitest';

import { builtInRoutines, getRoutine, getStretch } from '@shared/content/catalog';
import { buildTimeline, playerView, startPlayer } from '@shared/routine';
import { TimelineSchema } from '@shared/routine/snapshot-schema';

describe('the built-in routines as timelines', () => {
  it.each(builtInRoutines.map((r) => [r.id, r] as const))(
    '%s builds a timeline that crosses IPC intact',
    (_id, routine) => {
      const timeline = buildTimeline(routine, getStretch);
      expect(TimelineSchema.parse(timeline)).toEqual(timeline);
      expect(playerView(timeline, startPlayer(0), 0).stretchCount).toBe(routine.items.length);
    },
  );

  it('runs the morning routine as seven stretches in under ten minutes', () => {
    const timeline = buildTimeline(getRoutine('morning-in-bed'), getStretch);
    expect(timeline.stretchIds).toHaveLength(7);
    // 4 per-side stretches of 10 + 30 + switch + 30 s, the switches 6 + 8 + 8 + 6 s (each as
    // long as its change of sides needs), 2 holds of 40 s, cat-cow 10 + 10 x 9 s, 6 rests of 5 s,
    // and 10 s more in the setup of each of the 5 stretches that start from a new position.
    expect(timeline.totalMs).toBe(568_000);
    const holds = timeline.steps.filter((s) => s.kind === 'hold');
    expect(holds.filter((h) => h.side === 'right')).toHaveLength(4);
    expect(holds.filter((h) => h.side === 'left')).toHaveLength(4);
  });

  it('paces the morning cat-cow as a one-to-two-minute flow', () => {
    const timeline = buildTimeline(getRoutine('morning-in-bed'), getStretch);
    const flow = timeline.steps.find((s) => s.kind === 'flow');
    expect(flow?.stretchId).toBe('cat-cow');
    expect(flow?.durationMs).toBeGreaterThanOrEqual(60_000);
    expect(flow?.durationMs).toBeLessThanOrEqual(120_000);
  });

  it('keeps the desk break to about two minutes, hip flexor first', () => {
    const timeline = buildTimeline(getRoutine('desk-break'), getStretch);
    expect(timeline.stretchIds[0]).toBe('desk-hip-flexor');
    expect(timeline.totalMs).toBe(147_000);
  });
});
