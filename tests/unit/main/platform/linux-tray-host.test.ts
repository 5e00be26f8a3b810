import { describe, expect, it } from 'vitest';

import { linuxTrayHost } from '../../../../src-main/platform/linux-tray-host';
import { recorded, RecordedRunner, timedOut } from '../quiet/support/recorded';

const ASK =
  'gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus --method org.freedesktop.DBus.NameHasOwner';
const KDE = `${ASK} org.kde.StatusNotifierWatcher`;
const FDO = `${ASK} org.freedesktop.StatusNotifierWatcher`;
const bus = (name: string) => recorded(`linux/gdbus/${name}`);

describe('Linux tray host', () => {
  it('a StatusNotifierWatcher on the bus means the tray icon will show', async () => {
    const runner = new RecordedRunner({
      [KDE]: bus('name-has-owner-true'),
      [FDO]: bus('name-has-owner-false'),
    });
    expect(await linuxTrayHost(runner)).toEqual({ kind: 'present' });
  });

  it('no watcher (GNOME without the AppIndicator extension) means nobody will see the icon', async () => {
    const runner = new RecordedRunner({ [ASK]: bus('name-has-owner-false') });
    expect(await linuxTrayHost(runner)).toEqual({ kind: 'absent' });
    expect(runner.lines()).toEqual([KDE, FDO]);
  });

  it('no session bus, no gdbus, or a time-out: it cannot tell, and says why', async () => {
    expect(await linuxTrayHost(new RecordedRunner({ [ASK]: bus('no-session-bus') }))).toEqual({
      kind: 'unknown',
      why: 'gdbus failed: Error connecting: Cannot autolaunch D-Bus without X11 $DISPLAY',
    });
    expect(await linuxTrayHost(new RecordedRunner())).toEqual({
      kind: 'unknown',
      why: 'gdbus is not installed',
    });
    expect(
      await linuxTrayHost(
        new RecordedRunner({ [KDE]: bus('name-has-owner-false'), [FDO]: timedOut }),
      ),
    ).toEqual({
      kind: 'unknown',
      why: 'gdbus did not answer in time',
    });
    expect(await linuxTrayHost(new RecordedRunner({ [ASK]: bus('mutter-idletime') }))).toEqual({
      kind: 'unknown',
      why: 'gdbus replied "(uint64 12345,)"',
    });
  });
});
