import { describe, expect, it } from 'vitest';

import { createMemorySettingsFile } from '../../../../src-main/settings/memory-settings-file';
import { fixture, START_WALL_MS, startApp } from './support';

const MINUTE = 60_000;
const sender = { webContentsId: 2, frameUrl: 'app://limber/index.html', isMainFrame: true };

/** Main's answers to the settings window's notice calls, as its handlers give them. */
function noticeCalls(runtime: ReturnType<typeof startApp>['runtime']) {
  return {
    get: async () => await runtime.handlers.getSettingsNotices(undefined, { sender }),
    dismiss: async () => await runtime.handlers.dismissSettingsNotices(undefined, { sender }),
  };
}

/** The native notifications about settings (a long sitting test also earns stand-up nudges). */
function settingsNotifications(app: ReturnType<typeof startApp>) {
  return app.notifier.show.mock.calls
    .map(([request]) => request)
    .filter((request) => request.title === 'Limber settings');
}

/** What the windows were sent on the notices channel, in order. */
function noticePushes(app: ReturnType<typeof startApp>) {
  return app.broadcast.mock.calls
    .filter(([event]) => event === 'settingsNotices')
    .map(([, payload]) => payload);
}

describe('settings notices the user can always see', () => {
  it('a clean start has nothing to say', async () => {
    const app = startApp(createMemorySettingsFile(fixture('v3.json')));
    expect(await noticeCalls(app.runtime).get()).toEqual([]);
    expect(app.notices()).toEqual([]);
  });

  it('a damaged file is told where the copy went, and stays told after other changes', async () => {
    const app = startApp(createMemorySettingsFile(fixture('truncated.txt')));
    app.clock.advance(30 * MINUTE);
    app.runtime.settings.update({ theme: 'dark' });

    const aside = 'settings.corrupt-2026-03-02T07-30-00-000Z.json';
    expect(await noticeCalls(app.runtime).get()).toEqual([
      {
        kind: 'recovered',
        message: expect.stringContaining(`saved a copy as ${aside}`),
        atMs: START_WALL_MS,
      },
    ]);
    // The one native notification says the same, for a user who never opens settings.
    expect(settingsNotifications(app).map((n) => n.body)).toEqual([
      (await noticeCalls(app.runtime).get())[0]?.message,
    ]);
  });

  it('clicking the notification opens the settings window', async () => {
    const app = startApp(createMemorySettingsFile(fixture('empty.txt')));
    expect(app.windows.showSettings).not.toHaveBeenCalled();
    settingsNotifications(app)[0]?.onClick?.();
    expect(app.windows.showSettings).toHaveBeenCalledTimes(1);
  });

  it('dismissing clears them for every window, and they do not come back', async () => {
    const app = startApp(createMemorySettingsFile(fixture('wrong-types.json')));
    const calls = noticeCalls(app.runtime);
    expect(await calls.dismiss()).toEqual([]);
    expect(await calls.get()).toEqual([]);
    expect(noticePushes(app)).toEqual([[]]);

    app.runtime.settings.update({ theme: 'light' });
    expect(await calls.get()).toEqual([]);
    // Dismissing nothing tells nobody anything.
    await calls.dismiss();
    expect(noticePushes(app)).toEqual([[]]);
  });

  it('a save that fails mid-run is kept with its time, pushed to open windows, told once', async () => {
    const file = createMemorySettingsFile(fixture('v3.json'));
    const app = startApp(file);
    app.clock.advance(90 * MINUTE);
    file.readOnly = true;
    app.runtime.settings.update({ theme: 'light' });
    app.runtime.settings.update({ theme: 'system' });
    app.runtime.settings.flush();

    const kept = await noticeCalls(app.runtime).get();
    expect(kept).toEqual([
      {
        kind: 'unwritable',
        message: expect.stringContaining('cannot save your settings'),
        atMs: START_WALL_MS + 90 * MINUTE,
      },
    ]);
    expect(noticePushes(app)).toEqual([kept]);
    expect(settingsNotifications(app)).toHaveLength(1);
  });

  it('keeps each kind of trouble, oldest first', async () => {
    const file = createMemorySettingsFile(fixture('unknown-keys.json'));
    const app = startApp(file);
    app.clock.advance(MINUTE);
    file.readOnly = true;
    app.runtime.settings.update({ theme: 'light' });
    app.runtime.settings.flush();
    const kinds = (await noticeCalls(app.runtime).get()).map((notice) => notice.kind);
    expect(kinds).toEqual(['unknown-fields', 'unwritable']);
  });

  it('a notification that fails to show still leaves the notice kept, and the save retried', async () => {
    const file = createMemorySettingsFile(fixture('v3.json'));
    const app = startApp(file);
    app.notifier.show.mockImplementation(() => {
      throw new Error('notifications switched off');
    });
    file.readOnly = true;
    app.runtime.settings.update({ theme: 'light' });
    expect(() => app.clock.advance(1_000)).not.toThrow();
    expect((await noticeCalls(app.runtime).get()).map((notice) => notice.kind)).toEqual([
      'unwritable',
    ]);
  });
});
