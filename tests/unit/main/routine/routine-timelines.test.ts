import { describe, expect, it } from 'vitest';

import { TimelineSchema } from '@shared/routine/snapshot-schema';
import { defaultSettings, type Settings } from '@shared/settings/schema';

import { routineLengths, timelineFrom } from '../../../../src-main/routine/routine-timelines';

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

describe('routine lengths', () => {
  const withCustom = (holdS: Settings['routines']['holdS'] = {}): Settings => ({
    ...defaultSettings,
    routines: {
      ...defaultSettings.routines,
      holdS,
      custom: [
        { id: 'custom-hips', name: 'Hips only', stretchIds: ['piriformis'] },
        { id: 'custom-gentle', name: 'Gentle start', stretchIds: ['cat-cow', 'hamstring'] },
      ],
    },
  });
  const lengthsFor = (settings: Settings) =>
    routineLengths(settings, (id) => timelineFrom(id, settings));

  it("lists the built-in routines, then the user's own in their order, each as it would run", () => {
    const settings = withCustom();
    expect(lengthsFor(settings)).toEqual(
      ['morning-in-bed', 'desk-break', 'custom-hips', 'custom-gentle'].map((routineId) => ({
        routineId,
        totalMs: timelineFrom(routineId as 'desk-break', settings).totalMs,
      })),
    );
  });

  it('follows the hold lengths the user set: a side each for the piriformis', () => {
    const hips = (settings: Settings) =>
      lengthsFor(settings).find((length) => length.routineId === 'custom-hips')!.totalMs;
    const builtIn = hips(withCustom());
    expect(hips(withCustom({ piriformis: 45 })) - hips(withCustom({ piriformis: 30 }))).toBe(
      2 * 15_000,
    );
    expect(builtIn).toBeGreaterThan(0);
  });
});
