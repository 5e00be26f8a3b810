import { describe, expect, it } from 'vitest';

import { invokeChannels } from '@shared/ipc/channels';

import { createHarness } from '../support/app-harness';
import { FIXTURE_TOTAL_MS } from '../support/fixture-timeline';

const MIN = 60_000;

describe('sitting and nudges through the app services', () => {
  it('serves the nudge and the status over IPC and pushes both when they change', async () => {
    const { invoke, clock, broadcasts } = createHarness();
    expect(await invoke(invokeChannels.getNudge)).toEqual({ ok: true, value: null });
    clock.advance(45 * MIN);
    expect(await invoke(invokeChannels.getNudge)).toEqual({
      ok: true,
      value: { sittingMs: 45 * MIN, repeat: 0, snoozeMinutes: [5, 10, 20] },
    });
    expect(await invoke(invokeChannels.getSittingStatus)).toEqual({
      ok: true,
      value: {
        text: 'Sitting 45 min · stretch in 5 min',
        trayText: 'Sitting about 45 min · stretch in about 5 min',
        icon: 'due',
        boutMs: 45 * MIN,
        away: false,
        idleDetection: 'ok',
        inMeeting: false,
      },
    });
    expect(broadcasts.filter((b) => b.event === 'nudge').map((b) => b.payload)).toHaveLength(1);
    // At each 5-minute step of the tray's line (2.5, 7.5, … 42.5), and when the nudge came.
    expect(broadcasts.filter((b) => b.event === 'sittingStatus')).toHaveLength(10);
  });

  it('"Stretch now" opens the desk break; finishing it resets the bout', async () => {
    const { invoke, clock, runtime, windows, broadcasts } = createHarness();
    await invoke(invokeChannels.acknowledgeSafetyNote);
    clock.advance(45 * MIN);
    expect(await invoke(invokeChannels.answerNudge, { action: 'stretch' })).toEqual({
      ok: true,
      value: null,
    });
    expect(runtime.session.snapshot()?.timeline.routineId).toBe('desk-break');
    expect(windows.showPlayer).toHaveBeenCalledTimes(1);
    expect(windows.closeNudge).toHaveBeenCalledTimes(1);
    expect(broadcasts.filter((b) => b.event === 'nudge').at(-1)?.payload).toBeNull();

    clock.advance(FIXTURE_TOTAL_MS);
    expect(runtime.log.records()).toMatchObject([{ outcome: 'completed' }]);
    expect(runtime.sitting.status().boutMs).toBe(0);
  });

  it('a routine ended early does not reset the bout', async () => {
    const { invoke, clock, runtime } = createHarness();
    clock.advance(20 * MIN);
    runtime.actions.startDeskBreak();
    clock.advance(1_000);
    await invoke(invokeChannels.closeWindow);
    expect(runtime.sitting.status().boutMs).toBe(20 * MIN + 1_000);
  });

  it('a routine skipped straight through does not reset the bout; one mostly done does', async () => {
    const { invoke, clock, runtime } = createHarness();
    await invoke(invokeChannels.acknowledgeSafetyNote);
    clock.advance(30 * MIN);
    runtime.actions.startDeskBreak();
    for (let step = 0; step < 5; step++)
      await invoke(invokeChannels.controlSession, { action: 'next' });
    expect(runtime.log.records()).toMatchObject([{ outcome: 'completed' }]);
    expect(runtime.sitting.status().boutMs).toBe(30 * MIN);

    runtime.actions.startDeskBreak();
    clock.advance(FIXTURE_TOTAL_MS * 0.6);
    for (let step = 0; step < 5; step++)
      await invoke(invokeChannels.controlSession, { action: 'next' });
    expect(runtime.log.records().at(-1)).toMatchObject({ outcome: 'completed' });
    expect(runtime.sitting.status().boutMs).toBe(0);
  });

  it('refuses a snooze that is not offered, with a clear error, and keeps the nudge', async () => {
    const { invoke, clock, runtime } = createHarness();
    clock.advance(45 * MIN);
    const result = await invoke(invokeChannels.answerNudge, { action: 'snooze', minutes: 7 });
    expect(result).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(result.ok ? '' : result.error.message).toMatch(/5, 10, 20/);
    expect(runtime.sitting.nudge()).not.toBeNull();
  });

  it('pauses and resumes from the tray, and opens settings', () => {
    const { runtime, windows } = createHarness();
    runtime.actions.pauseReminders({ minutes: 60 });
    expect(runtime.sitting.status().icon).toBe('paused');
    runtime.actions.resumeReminders();
    expect(runtime.sitting.status().icon).toBe('normal');
    runtime.actions.openSettings();
    expect(windows.showSettings).toHaveBeenCalledTimes(1);
  });

  it('"Until tomorrow morning" lasts until the morning routine time in the settings', async () => {
    const { invoke, clock, runtime } = createHarness();
    await invoke(invokeChannels.updateSettings, { morning: { time: '06:15' } });
    // The harness starts Monday 08:00 UTC: the next 06:15 on this machine's clock.
    const start = new Date(clock.now());
    const morning = new Date(start.getFullYear(), start.getMonth(), start.getDate(), 6, 15);
    if (morning.getTime() <= clock.now()) morning.setDate(morning.getDate() + 1);
    runtime.actions.pauseReminders('until-morning');
    expect(runtime.sitting.status().text).toBe('Paused until tomorrow morning');

    clock.advance(morning.getTime() - clock.now() - MIN);
    expect(runtime.sitting.status().icon).toBe('paused');
    clock.advance(2 * MIN);
    expect(runtime.sitting.status().icon).not.toBe('paused');
  });
});
