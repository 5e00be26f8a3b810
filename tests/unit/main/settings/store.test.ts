import { describe, expect, it, vi } from 'vitest';

import { invokeChannels } from '@shared/ipc/channels';
import { defaultSettings } from '@shared/settings/schema';

import { createIpcDispatcher } from '../../../../src-main/ipc/dispatcher';
import { createMemorySettingsFile } from '../../../../src-main/settings/memory-settings-file';
import { createSettingsStore } from '../../../../src-main/settings/settings-store';
import { FakeClock } from '../../../support/fake-clock';
import { fixture, startApp } from './support';

function storeOn(text?: string) {
  const file = createMemorySettingsFile(text);
  const read = vi.spyOn(file, 'read');
  const store = createSettingsStore({ file, ...fakeTime() });
  return { file, read, store };
}

describe('settings store', () => {
  it('serves settings from memory: the file is read once, at startup', () => {
    const { read, store } = storeOn(fixture('v3.json'));
    for (let i = 0; i < 1000; i++) store.get();
    store.update({ theme: 'light' });
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('saves a valid change, keeps what the patch leaves out, and tells subscribers', () => {
    const { file, store } = storeOn(fixture('v3.json'));
    const heard = vi.fn();
    store.subscribe(heard);
    const updated = store.update({ reminders: { workHours: { enabled: false } } });
    store.flush();
    expect(updated.reminders.workHours).toEqual({
      enabled: false,
      days: [1, 2, 3, 4],
      ranges: [
        { start: '08:30', end: '12:00' },
        { start: '13:00', end: '17:00' },
      ],
    });
    expect(JSON.parse(file.files.get('settings.json') ?? '')).toEqual(updated);
    expect(file.files.get('settings.last-good.json')).toBe(file.files.get('settings.json'));
    expect(heard).toHaveBeenCalledExactlyOnceWith(updated);
  });

  it('a change to the same values is not a change: nothing written, nobody told', () => {
    const { file, store } = storeOn(fixture('v3.json'));
    const writes = vi.spyOn(file, 'writeAtomic');
    const heard = vi.fn();
    store.subscribe(heard);
    store.update({ theme: 'dark' });
    expect(writes).not.toHaveBeenCalled();
    expect(heard).not.toHaveBeenCalled();
  });

  it.each([
    [
      'out of range',
      { reminders: { sittingLimitMin: 5 } },
      'reminders.sittingLimitMin',
      'Sitting limit: use a whole number',
    ],
    [
      'an unknown field',
      { reminders: { snooze: 5 } },
      'reminders.snooze',
      'a setting Limber doesn’t know, “reminders.snooze”',
    ],
    [
      'a morning routine that does not exist',
      { morning: { routineId: 'custom-nope' } },
      'morning.routineId',
      'Morning routine: pick one of the routines',
    ],
  ])('refuses %s by name; nothing changes or is written', (_label, patch, path, named) => {
    const { file, store } = storeOn(fixture('v3.json'));
    const before = new Map(file.files);
    const heard = vi.fn();
    store.subscribe(heard);
    expect(() => store.update(patch)).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ path })],
        message: expect.stringContaining(named),
      }),
    );
    expect(store.get()).toEqual(JSON.parse(fixture('v3.json')));
    expect(file.files).toEqual(before);
    expect(heard).not.toHaveBeenCalled();
  });

  it('reset restores every default but remembers the safety note was read', () => {
    const { file, store } = storeOn(fixture('v3.json'));
    const reset = store.reset();
    store.flush();
    expect(reset).toEqual({ ...defaultSettings, safetyNoteAcknowledged: true });
    expect(JSON.parse(file.files.get('settings.json') ?? '')).toEqual(reset);
  });

  it('a subscription can be undone', () => {
    const { store } = storeOn();
    const heard = vi.fn();
    const undo = store.subscribe(heard);
    undo();
    store.update({ theme: 'dark' });
    expect(heard).not.toHaveBeenCalled();
  });

  it('hands out frozen settings, so no caller can change them behind the store', () => {
    const { store } = storeOn();
    expect(() => {
      (store.get().cues as { volume: number }).volume = 0;
    }).toThrow();
  });
});

describe('settings over IPC', () => {
  const sender = { webContentsId: 1, frameUrl: 'app://limber/', isMainFrame: true };

  function dispatcherOn(text?: string) {
    const file = createMemorySettingsFile(text);
    const app = startApp(file);
    const broadcasts: unknown[] = [];
    app.runtime.settings.subscribe((settings) => broadcasts.push(settings));
    const dispatcher = createIpcDispatcher({
      handlers: app.runtime.handlers,
      isTrusted: () => true,
    });
    const invoke = (channel: string, payload?: unknown) =>
      dispatcher.dispatch(channel, sender, payload);
    return { file, invoke, broadcasts, ...app };
  }

  it('get, update and reset answer with the whole settings', async () => {
    const { invoke } = dispatcherOn();
    expect(await invoke(invokeChannels.getSettings)).toEqual({ ok: true, value: defaultSettings });
    const updated = await invoke(invokeChannels.updateSettings, { morning: { time: '06:15' } });
    expect(updated).toMatchObject({
      ok: true,
      value: { morning: { time: '06:15', enabled: true } },
    });
    expect(await invoke(invokeChannels.resetSettings)).toEqual({
      ok: true,
      value: defaultSettings,
    });
  });

  it('refuses an out-of-range value with its field and range; nothing is written', async () => {
    const { invoke, file, broadcasts } = dispatcherOn(fixture('v3.json'));
    const before = new Map(file.files);
    const result = await invoke(invokeChannels.updateSettings, {
      reminders: { sittingLimitMin: 200 },
      cues: { volume: 50 },
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-payload',
        message: expect.any(String),
        issues: [
          {
            path: 'reminders.sittingLimitMin',
            message: 'Use a whole number from 10 to 180 minutes',
          },
        ],
      },
    });
    expect(file.files).toEqual(before);
    expect(broadcasts).toEqual([]);
  });

  it('acknowledging the safety note is saved, so it survives a restart', async () => {
    const { invoke, file, runtime } = dispatcherOn();
    await invoke(invokeChannels.acknowledgeSafetyNote);
    runtime.settings.flush(); // as on quit
    const restarted = startApp(file);
    expect(restarted.runtime.settings.get().safetyNoteAcknowledged).toBe(true);
  });
});

/** One fake clock as both the store's clock and its timers. */
function fakeTime() {
  const clock = new FakeClock();
  return { clock, timers: clock };
}
