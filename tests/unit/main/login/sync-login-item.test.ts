import { describe, expect, it, vi } from 'vitest';

import type { LoginItemPort, LoginState } from '../../../../src-main/login/login-state';
import { syncLoginItem } from '../../../../src-main/login/sync-login-item';
import { createMemorySettingsFile } from '../../../../src-main/settings/memory-settings-file';
import { createSettingsStore } from '../../../../src-main/settings/settings-store';
import { FakeClock } from '../../../support/fake-clock';

const store = (startAtLogin = false) => {
  const clock = new FakeClock();
  const settings = createSettingsStore({ file: createMemorySettingsFile(), clock, timers: clock });
  if (startAtLogin) settings.update({ startAtLogin });
  return settings;
};

/** An OS that keeps what it is told, unless `refuse` says otherwise. */
function fakeOs(refuse?: LoginState) {
  let enabled = false;
  const port: LoginItemPort = {
    read: vi.fn(async () => ({ enabled })),
    write: vi.fn(async (want: boolean) => {
      if (refuse) return refuse;
      enabled = want;
      return { enabled };
    }),
  };
  return port;
}

describe('start at login kept in step with the setting', () => {
  it('at startup only reads when the OS already agrees', async () => {
    const os = fakeOs();
    const sync = syncLoginItem(os, store());
    await sync.settled();
    expect(os.write).not.toHaveBeenCalled();
    expect(sync.current()).toEqual({ enabled: false });
  });

  it('at startup writes when the OS disagrees, e.g. after a reinstall lost the entry', async () => {
    const os = fakeOs();
    const sync = syncLoginItem(os, store(true));
    await sync.settled();
    expect(os.write).toHaveBeenCalledWith(true);
    expect(sync.current()).toEqual({ enabled: true });
  });

  it('shows what the OS read back, with its reason, when it refused', async () => {
    const refusal = { enabled: false, note: "Limber can't start at login inside Flatpak" };
    const settings = store();
    const sync = syncLoginItem(fakeOs(refusal), settings);
    const heard: LoginState[] = [];
    sync.subscribe((state) => heard.push(state));
    settings.update({ startAtLogin: true });
    await sync.settled();
    expect(sync.current()).toEqual(refusal);
    expect(heard).toEqual([{ enabled: false }, refusal]); // the startup read, then the refusal
    expect(settings.get().startAtLogin).toBe(true); // kept, and tried again next start
  });

  it('a quick on, off, on ends on, one OS call at a time', async () => {
    const os = fakeOs();
    const settings = store();
    const sync = syncLoginItem(os, settings);
    settings.update({ startAtLogin: true });
    settings.update({ startAtLogin: false });
    settings.update({ startAtLogin: true });
    await sync.settled();
    expect(vi.mocked(os.write).mock.calls).toEqual([[true], [false], [true]]);
    expect(sync.current()).toEqual({ enabled: true });
  });

  it('ignores changes to other settings', async () => {
    const os = fakeOs();
    const settings = store();
    const sync = syncLoginItem(os, settings);
    await sync.settled();
    settings.update({ theme: 'dark' });
    await sync.settled();
    expect(os.read).toHaveBeenCalledTimes(1);
  });

  it('says so when the OS cannot even be asked', async () => {
    const port: LoginItemPort = {
      read: async () => {
        throw new Error('D-Bus is gone');
      },
      write: async () => ({ enabled: false }),
    };
    const sync = syncLoginItem(port, store());
    await sync.settled();
    expect(sync.current()).toEqual({
      enabled: false,
      note: "Limber couldn't check whether it starts at login: D-Bus is gone",
    });
  });

  it('stops following the setting once disposed', async () => {
    const os = fakeOs();
    const settings = store();
    const sync = syncLoginItem(os, settings);
    sync.dispose();
    settings.update({ startAtLogin: true });
    await sync.settled();
    expect(os.write).not.toHaveBeenCalled();
  });
});
