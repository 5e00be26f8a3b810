import { describe, expect, it, vi } from 'vitest';

import { TimelineSchema } from '@shared/routine/snapshot-schema';
import { deepMerge } from '@shared/settings/merge';
import { defaultSettings, type Settings, type SettingsPatch } from '@shared/settings/schema';

import { createElectronLoginItem } from '../../../../src-main/login/electron-login-item';
import { syncLoginItem } from '../../../../src-main/login/sync-login-item';
import { timelineFrom } from '../../../../src-main/routine/routine-timelines';
import { createMemorySettingsFile } from '../../../../src-main/settings/memory-settings-file';
import { createSettingsStore } from '../../../../src-main/settings/settings-store';
import { syncTheme } from '../../../../src-main/settings/theme-sync';
import { FakeClock } from '../../../support/fake-clock';

const withSettings = (patch: SettingsPatch): Settings => deepMerge(defaultSettings, patch);
const holds = (settings: Settings, id: Parameters<typeof timelineFrom>[0]) =>
  timelineFrom(id, settings)
    .steps.filter((step) => step.kind === 'hold')
    .map((step) => [step.stretchId, step.durationMs]);

describe('routines from settings', () => {
  it('the defaults give the routines as designed: a desk break of about two minutes', () => {
    expect(timelineFrom('desk-break', defaultSettings).totalMs).toBe(147_000);
    expect(timelineFrom('morning-in-bed', defaultSettings)).toEqual(timelineFrom('morning-in-bed'));
  });

  it('follows the chosen stretch order', () => {
    const settings = withSettings({
      routines: { deskBreak: { stretchIds: ['desk-cat-cow', 'desk-hip-flexor'] } },
    });
    expect(timelineFrom('desk-break', settings).stretchIds).toEqual([
      'desk-cat-cow',
      'desk-hip-flexor',
    ]);
  });

  it('holds each stretch for its chosen length, the others for their designed length', () => {
    const settings = withSettings({ routines: { holdS: { 'desk-figure-four': 40 } } });
    expect(holds(settings, 'desk-break')).toEqual([
      ['desk-hip-flexor', 20_000],
      ['desk-hip-flexor', 20_000],
      ['desk-figure-four', 40_000],
      ['desk-figure-four', 40_000],
    ]);
  });

  it('uses the chosen get-into-position time before every stretch, longer for a change of position', () => {
    const settings = withSettings({ routines: { setupS: 4 } });
    const setups = timelineFrom('morning-in-bed', settings).steps.filter((s) => s.kind === 'setup');
    // Standing, then onto the back, the back again, the stomach, the back, sitting up, all fours.
    expect(setups.map((step) => step.durationMs / 1000)).toEqual([4, 14, 4, 14, 14, 14, 14]);
  });

  it.each([
    [60, 63_000],
    [90, 90_000],
    [120, 117_000],
  ])('cat-cow set to %i s lasts the nearest whole breaths (%i ms)', (catCowS, ms) => {
    const settings = withSettings({ routines: { catCowS } });
    const flow = timelineFrom('morning-in-bed', settings).steps.find((s) => s.kind === 'flow');
    expect(flow?.durationMs).toBe(ms);
  });

  it('plays a custom routine by its id, under its name', () => {
    const settings = withSettings({
      routines: {
        custom: [
          { id: 'custom-hips', name: 'Hips only', stretchIds: ['hip-flexor', 'piriformis'] },
        ],
      },
    });
    const timeline = timelineFrom('custom-hips', settings);
    expect(timeline).toMatchObject({ routineId: 'custom-hips', routineName: 'Hips only' });
    expect(timeline.stretchIds).toEqual(['hip-flexor', 'piriformis']);
    expect(TimelineSchema.safeParse(timeline).success).toBe(true);
  });

  it('an unknown custom routine is a clear error', () => {
    expect(() => timelineFrom('custom-missing', defaultSettings)).toThrow(
      'Unknown routine "custom-missing": it is not one of your custom routines.',
    );
  });
});

describe('settings applied to the system, live', () => {
  const store = () => createSettingsStore({ file: createMemorySettingsFile(), ...fakeTime() });

  it('start at login follows the setting, asking the OS only when it disagrees', async () => {
    const settings = store();
    let openAtLogin = false;
    const app = {
      getLoginItemSettings: () => ({ openAtLogin }),
      setLoginItemSettings: vi.fn(
        (next: { openAtLogin: boolean }) => (openAtLogin = next.openAtLogin),
      ),
    };
    const sync = syncLoginItem(createElectronLoginItem(app, 'win32'), settings);
    await sync.settled();
    expect(app.setLoginItemSettings).not.toHaveBeenCalled();
    settings.update({ startAtLogin: true });
    await sync.settled();
    expect(openAtLogin).toBe(true);
    settings.update({ theme: 'dark' });
    await sync.settled();
    expect(app.setLoginItemSettings).toHaveBeenCalledTimes(1);
    sync.dispose();
    settings.update({ startAtLogin: false });
    await sync.settled();
    expect(openAtLogin).toBe(true);
  });

  it('the theme follows the setting', () => {
    const settings = store();
    const nativeTheme: { themeSource: Settings['theme'] } = { themeSource: 'light' };
    syncTheme(nativeTheme, settings);
    expect(nativeTheme.themeSource).toBe('system');
    settings.update({ theme: 'dark' });
    expect(nativeTheme.themeSource).toBe('dark');
  });
});

/** One fake clock as both the store's clock and its timers. */
function fakeTime() {
  const clock = new FakeClock();
  return { clock, timers: clock };
}
