import { describe, expect, it } from 'vitest';

import { linuxDndDetector } from '../../../../src-main/quiet/linux-dnd';
import { recorded, RecordedRunner, timedOut } from './support/recorded';

const signal = new AbortController().signal;
const GSETTINGS = 'gsettings get org.gnome.desktop.notifications show-banners';
const INHIBITED =
  'gdbus call --session --dest org.freedesktop.Notifications --object-path /org/freedesktop/Notifications --method org.freedesktop.DBus.Properties.Get org.freedesktop.Notifications Inhibited';
const gs = (name: string) => recorded(`linux/gsettings/${name}`);
const bus = (name: string) => recorded(`linux/gdbus/${name}`);

describe('Linux Do Not Disturb', () => {
  it("GNOME: banners off is DND on; GNOME Shell's server has no Inhibited, which is fine", async () => {
    const env = { XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' };
    const on = new RecordedRunner({
      [GSETTINGS]: gs('show-banners-false'),
      [INHIBITED]: bus('notifications-no-inhibited-property'),
    });
    expect(await linuxDndDetector(on, env).detect(signal)).toEqual({ state: 'yes' });
    const off = new RecordedRunner({
      [GSETTINGS]: gs('show-banners-true'),
      [INHIBITED]: bus('notifications-no-inhibited-property'),
    });
    expect(await linuxDndDetector(off, env).detect(signal)).toEqual({ state: 'no' });
  });

  it('KDE: the notification server says Inhibited; a stale GNOME setting is not believed', async () => {
    const env = { XDG_CURRENT_DESKTOP: 'KDE' };
    const on = new RecordedRunner({
      [INHIBITED]: bus('notifications-inhibited-true'),
      [GSETTINGS]: gs('show-banners-true'),
    });
    expect(await linuxDndDetector(on, env).detect(signal)).toEqual({ state: 'yes' });
    const off = new RecordedRunner({
      [INHIBITED]: bus('notifications-inhibited-false'),
      [GSETTINGS]: gs('show-banners-false'),
    });
    expect(await linuxDndDetector(off, env).detect(signal)).toEqual({ state: 'no' });
    expect(off.lines()).toEqual([INHIBITED]);
  });

  it('unknown with both reasons when neither can be asked', async () => {
    const runner = new RecordedRunner({
      [GSETTINGS]: gs('no-notifications-schema'),
      [INHIBITED]: bus('no-session-bus'),
    });
    expect(await linuxDndDetector(runner, {}).detect(signal)).toEqual({
      state: 'unknown',
      why: "gsettings failed: No such schema “org.gnome.desktop.notifications”; the notification server's Inhibited: gdbus failed: Error connecting: Cannot autolaunch D-Bus without X11 $DISPLAY",
    });
    const missing = new RecordedRunner({
      [GSETTINGS]: gs('no-schemas-installed'),
      [INHIBITED]: bus('notifications-service-unknown'),
    });
    expect(await linuxDndDetector(missing, {}).detect(signal)).toMatchObject({ state: 'unknown' });
  });

  it('a garbled or slow reply is no answer, never a yes', async () => {
    const runner = new RecordedRunner({
      [GSETTINGS]: { kind: 'exited', code: 0, stdout: "'maybe'\n", stderr: '' },
      [INHIBITED]: timedOut,
    });
    expect(await linuxDndDetector(runner, {}).detect(signal)).toEqual({
      state: 'unknown',
      why: `gsettings printed "'maybe'"; the notification server's Inhibited: gdbus did not answer in time`,
    });
    const weird = new RecordedRunner({ [INHIBITED]: bus('mutter-idletime') });
    expect(
      await linuxDndDetector(weird, { XDG_CURRENT_DESKTOP: 'KDE' }).detect(signal),
    ).toMatchObject({ state: 'unknown' });
  });
});
