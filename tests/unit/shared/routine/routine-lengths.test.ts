import { describe, expect, it } from 'vitest';

import { routineLengths, timelineFor } from '@shared/routine/settings-timeline';
import { defaultSettings, type Settings } from '@shared/settings/schema';

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

  it("lists the built-in routines, then the user's own in their order, each as it would run", () => {
    const settings = withCustom();
    expect(routineLengths(settings)).toEqual(
      ['morning-in-bed', 'desk-break', 'custom-hips', 'custom-gentle'].map((routineId) => ({
        routineId,
        totalMs: timelineFor(routineId as 'desk-break', settings).totalMs,
      })),
    );
  });

  it('follows the hold lengths the user set: a side each for the piriformis', () => {
    const hips = (settings: Settings) =>
      routineLengths(settings).find((length) => length.routineId === 'custom-hips')!.totalMs;
    const builtIn = hips(withCustom());
    expect(hips(withCustom({ piriformis: 45 })) - hips(withCustom({ piriformis: 30 }))).toBe(
      2 * 15_000,
    );
    expect(builtIn).toBeGreaterThan(0);
  });
});
