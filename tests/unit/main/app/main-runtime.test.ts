import { describe, expect, it } from 'vitest';

import { invokeChannels } from '@shared/ipc/channels';

import { createHarness, playerSender, settingsSender } from '../support/app-harness';
import { FIXTURE_TOTAL_MS } from '../support/fixture-timeline';

describe('app services', () => {
  it('holds a routine paused at the start until the safety note is acknowledged', async () => {
    const { invoke, clock, runtime } = createHarness();
    const started = await invoke(invokeChannels.startRoutine, { routineId: 'morning-in-bed' });
    expect(started).toMatchObject({
      ok: true,
      value: { player: { status: 'paused', positionMs: 0 } },
    });
    clock.advance(30_000);

    const acknowledged = await invoke(invokeChannels.acknowledgeSafetyNote);
    expect(acknowledged).toMatchObject({ ok: true, value: { safetyNoteAcknowledged: true } });
    expect(runtime.session.snapshot()?.player.status).toBe('running');
    clock.advance(FIXTURE_TOTAL_MS);
    expect(runtime.log.records().map((r) => r.outcome)).toEqual(['completed']);
  });

  it('starts routines running once the note has been acknowledged', async () => {
    const { invoke } = createHarness();
    await invoke(invokeChannels.acknowledgeSafetyNote);
    const started = await invoke(invokeChannels.startRoutine, { routineId: 'desk-break' });
    expect(started).toMatchObject({ ok: true, value: { player: { status: 'running' } } });
  });

  it('does not resume a routine the user paused mid-way when the note is acknowledged', async () => {
    const { invoke, clock, runtime } = createHarness();
    await invoke(invokeChannels.startRoutine, { routineId: 'morning-in-bed' });
    runtime.session.control('resume');
    clock.advance(5_000);
    await invoke(invokeChannels.controlSession, { action: 'pause' });
    await invoke(invokeChannels.acknowledgeSafetyNote);
    expect(runtime.session.snapshot()?.player).toMatchObject({
      status: 'paused',
      positionMs: 5_000,
    });
  });

  it('answers each routine length from the timelines the session runs', async () => {
    const { invoke } = createHarness();
    const answer = await invoke(invokeChannels.getRoutineLengths);
    expect(answer).toEqual({
      ok: true,
      value: [
        { routineId: 'morning-in-bed', totalMs: FIXTURE_TOTAL_MS },
        { routineId: 'desk-break', totalMs: FIXTURE_TOTAL_MS },
      ],
    });
  });

  it('opens the player when a routine is started from the tray', () => {
    const { runtime, windows } = createHarness();
    runtime.actions.startMorningRoutine();
    expect(runtime.session.snapshot()?.timeline.routineId).toBe('morning-in-bed');
    runtime.actions.startDeskBreak();
    expect(runtime.session.snapshot()?.timeline.routineId).toBe('desk-break');
    expect(windows.showPlayer).toHaveBeenCalledTimes(2);
  });

  it('"Morning routine" starts the routine chosen for mornings, even one of the user\'s own', async () => {
    const { runtime, invoke } = createHarness();
    const custom = { id: 'custom-gentle', name: 'Gentle start', stretchIds: ['cat-cow'] };
    const chosen = await invoke('settings:update', {
      routines: { custom: [custom] },
      morning: { routineId: 'custom-gentle' },
    });
    expect(chosen.ok).toBe(true);
    runtime.actions.startMorningRoutine();
    expect(runtime.session.snapshot()?.timeline.routineId).toBe('custom-gentle');
    runtime.actions.startRoutine('custom-gentle');
    expect(runtime.session.snapshot()?.timeline.routineId).toBe('custom-gentle');
  });

  it('closing the player mid-routine closes the window and logs the routine as ended early', async () => {
    const { invoke, runtime, windows, clock } = createHarness();
    await invoke(invokeChannels.acknowledgeSafetyNote);
    await invoke(invokeChannels.startRoutine, { routineId: 'morning-in-bed' });
    clock.advance(8_000);
    const closed = await invoke(invokeChannels.closeWindow);
    expect(closed).toEqual({ ok: true, value: null });
    expect(windows.closeWindowOf).toHaveBeenCalledWith(playerSender);
    expect(runtime.log.records()).toMatchObject([{ outcome: 'ended-early', activeMs: 8_000 }]);
    // The window's own 'closed' event follows; it must not log the routine twice.
    runtime.playerClosed();
    expect(runtime.log.records()).toHaveLength(1);
  });

  it('closing the settings window leaves the routine running; closing the player ends it', async () => {
    const { invoke, runtime, windows, clock } = createHarness();
    await invoke(invokeChannels.acknowledgeSafetyNote);
    await invoke(invokeChannels.startRoutine, { routineId: 'desk-break' });
    clock.advance(5_000);
    await invoke(invokeChannels.closeWindow, undefined, settingsSender);
    expect(windows.closeWindowOf).toHaveBeenCalledWith(settingsSender);
    expect(runtime.session.snapshot()?.player).toMatchObject({ status: 'running' });
    expect(runtime.log.records()).toEqual([]);

    clock.advance(3_000);
    await invoke(invokeChannels.closeWindow, undefined, playerSender);
    runtime.playerClosed(); // a late 'closed' event again: still one record
    expect(runtime.session.snapshot()?.player).toMatchObject({ outcome: 'ended-early' });
    expect(runtime.log.records()).toMatchObject([{ outcome: 'ended-early', activeMs: 8_000 }]);
    expect(runtime.log.records()).toHaveLength(1);
  });

  it('a window closed by the OS ends an unfinished routine early', () => {
    const { runtime } = createHarness();
    runtime.actions.startDeskBreak();
    runtime.playerClosed();
    expect(runtime.log.records()).toMatchObject([
      { routineId: 'desk-break', outcome: 'ended-early' },
    ]);
  });

  it('broadcasts session and settings changes, including completion on its own', async () => {
    const { invoke, broadcasts, clock } = createHarness();
    await invoke(invokeChannels.updateSettings, { cues: { soundEnabled: false, volume: 30 } });
    await invoke(invokeChannels.acknowledgeSafetyNote);
    await invoke(invokeChannels.startRoutine, { routineId: 'desk-break' });
    clock.advance(FIXTURE_TOTAL_MS);
    // The sitting status and the history tick along too; they have tests of their own.
    const pushed = broadcasts.filter((b) => b.event === 'settings' || b.event === 'session');
    expect(pushed.map((b) => b.event)).toEqual(['settings', 'settings', 'session', 'session']);
    expect(pushed[0]?.payload).toMatchObject({ cues: { soundEnabled: false, volume: 30 } });
    expect(pushed.at(-1)?.payload).toMatchObject({
      player: { status: 'finished', outcome: 'completed' },
    });
  });

  it('keeps settings a partial update leaves out', async () => {
    const { invoke } = createHarness();
    await invoke(invokeChannels.updateSettings, { cues: { volume: 25 } });
    const settings = await invoke(invokeChannels.getSettings);
    expect(settings).toMatchObject({
      ok: true,
      value: { cues: { soundEnabled: true, volume: 25 }, safetyNoteAcknowledged: false },
    });
  });

  it('answers getSession with null before any routine and the live snapshot after', async () => {
    const { invoke, clock } = createHarness();
    expect(await invoke(invokeChannels.getSession)).toEqual({ ok: true, value: null });
    await invoke(invokeChannels.acknowledgeSafetyNote);
    await invoke(invokeChannels.startRoutine, { routineId: 'desk-break' });
    clock.advance(2_500);
    expect(await invoke(invokeChannels.getSession)).toMatchObject({
      ok: true,
      value: { player: { status: 'running', positionMs: 2_500 } },
    });
  });

  it('reports controlling a session that does not exist as a failure', async () => {
    const { invoke } = createHarness();
    const result = await invoke(invokeChannels.controlSession, { action: 'next' });
    expect(result).toMatchObject({ ok: false, error: { code: 'failed' } });
  });
});
