import { describe, expect, it } from 'vitest';

import { createMemorySettingsFile } from '../../../../src-main/settings/memory-settings-file';
import { startApp } from './support';

const MINUTE = 60_000;

/** The user types throughout (the OS idle time reads 0), so the bout only grows. */
describe('settings applied live to sitting reminders', () => {
  it('a shorter sitting limit applies to the bout already under way', () => {
    const { runtime, clock, windows } = startApp(createMemorySettingsFile());
    clock.advance(20 * MINUTE);
    runtime.settings.update({ reminders: { sittingLimitMin: 25 } });
    clock.advance(4 * MINUTE);
    expect(windows.showNudge).not.toHaveBeenCalled();
    clock.advance(2 * MINUTE);
    expect(windows.showNudge).toHaveBeenCalledTimes(1);
    expect(runtime.sitting.status().boutMs).toBeGreaterThanOrEqual(25 * MINUTE);
  });

  it('a limit already passed by the bout nudges at once, not a full limit later', () => {
    const { runtime, clock, windows } = startApp(createMemorySettingsFile());
    clock.advance(30 * MINUTE);
    runtime.settings.update({ reminders: { sittingLimitMin: 20 } });
    clock.advance(1 * MINUTE);
    expect(windows.showNudge).toHaveBeenCalledTimes(1);
  });

  it('notification-only delivery sends no prompt window', () => {
    const { runtime, clock, windows, notices } = startApp(createMemorySettingsFile());
    runtime.settings.update({ reminders: { delivery: 'notification-only', sittingLimitMin: 10 } });
    clock.advance(11 * MINUTE);
    expect(notices()).toHaveLength(1);
    expect(windows.showNudge).not.toHaveBeenCalled();
  });
});
