import { describe, expect, it, vi } from 'vitest';

import { deepMerge } from '@shared/settings/merge';
import { defaultSettings, type Settings, type SettingsPatch } from '@shared/settings/schema';
import type { Dispose } from '@shared/time/clock';

import {
  followMorningSettings,
  morningConfigFrom,
} from '../../../../src-main/morning/morning-config';

const withSettings = (patch: SettingsPatch): Settings => deepMerge(defaultSettings, patch);

/** A settings store with nothing behind it: `change` is the user saving settings. */
function liveSettings(initial: Settings) {
  let current = initial;
  const listeners = new Set<(settings: Settings) => void>();
  return {
    get: () => current,
    subscribe(listener: (settings: Settings) => void): Dispose {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    change(patch: SettingsPatch) {
      current = deepMerge(current, patch);
      for (const listener of listeners) listener(current);
    },
  };
}

describe('the morning settings', () => {
  it('reads the schedule, with the catch-up end, and the size of the routine in bed', () => {
    expect(morningConfigFrom(defaultSettings)).toEqual({
      schedule: {
        enabled: true,
        time: '07:30',
        days: [0, 1, 2, 3, 4, 5, 6],
        catchUpUntil: '11:00',
      },
      routineId: 'morning-in-bed',
      routine: { stretchIds: expect.any(Array), totalMs: 9 * 60_000 + 28_000 },
    });
  });

  it('sizes the routine as the user set it up: their own routine, their hold lengths', () => {
    const settings = withSettings({
      morning: { routineId: 'custom-quick' },
      routines: {
        custom: [{ id: 'custom-quick', name: 'Quick', stretchIds: ['hamstring'] }],
        holdS: { hamstring: 60 },
      },
    });
    const { routine } = morningConfigFrom(settings);
    expect(routine.stretchIds).toEqual(['hamstring']);
    expect(routine.totalMs).toBe((10 + 60 + 8 + 60) * 1000); // position, right, switch (8 s to swap legs), left
  });

  it('re-arms the service when a morning setting changes, not for the theme', () => {
    const settings = liveSettings(defaultSettings);
    const morning = { reconfigure: vi.fn() };
    followMorningSettings(settings, morning);
    settings.change({ theme: 'dark' });
    expect(morning.reconfigure).not.toHaveBeenCalled();
    settings.change({ morning: { catchUpUntil: '10:00' } });
    settings.change({ routines: { setupS: 5 } }); // the offer's length changes
    expect(morning.reconfigure).toHaveBeenCalledTimes(2);
  });
});
