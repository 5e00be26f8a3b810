import { describe, expect, it } from 'vitest';

import {
  firstWorkingIdleSource,
  kdeIdleSource,
  mutterIdleSource,
} from '../../../../src-main/platform/wayland-idle';
import { recorded, RecordedRunner } from '../quiet/support/recorded';

const MUTTER = 'gdbus call --session --dest org.gnome.Mutter.IdleMonitor';
const KDE = 'gdbus call --session --dest org.freedesktop.ScreenSaver';
const bus = (name: string) => recorded(`linux/gdbus/${name}`);

describe('Wayland idle time over D-Bus', () => {
  it("reads GNOME Mutter's idle time (ms) as whole seconds", async () => {
    const runner = new RecordedRunner({ [MUTTER]: bus('mutter-idletime') });
    expect(await mutterIdleSource(runner).read()).toEqual({ ok: true, idleS: 12 });
    expect(runner.lines()).toEqual([
      `${MUTTER} --object-path /org/gnome/Mutter/IdleMonitor/Core --method org.gnome.Mutter.IdleMonitor.GetIdletime`,
    ]);
    const typing = new RecordedRunner({ [MUTTER]: bus('mutter-idletime-zero') });
    expect(await mutterIdleSource(typing).read()).toEqual({ ok: true, idleS: 0 });
  });

  it("reads KDE's session idle time (seconds)", async () => {
    const runner = new RecordedRunner({ [KDE]: bus('screensaver-session-idle') });
    expect(await kdeIdleSource(runner).read()).toEqual({ ok: true, idleS: 42 });
  });

  it('says why a source does not work: not there, refused, hung, garbled', async () => {
    expect(
      await mutterIdleSource(
        new RecordedRunner({ [MUTTER]: bus('mutter-service-unknown') }),
      ).read(),
    ).toEqual({
      ok: false,
      why: 'gdbus failed: Error: GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The name org.gnome.Mutter.IdleMonitor was not provided by any .service files',
    });
    expect(
      await kdeIdleSource(new RecordedRunner({ [KDE]: bus('screensaver-not-supported') })).read(),
    ).toMatchObject({
      ok: false,
      why: expect.stringContaining('NotSupported'),
    });
    expect(
      await mutterIdleSource(new RecordedRunner({ [MUTTER]: bus('mutter-timeout') })).read(),
    ).toEqual({
      ok: false,
      why: 'gdbus failed: Error: Timeout was reached',
    });
    expect(
      await kdeIdleSource(new RecordedRunner({ [KDE]: bus('name-has-owner-true') })).read(),
    ).toEqual({
      ok: false,
      why: 'gdbus replied "(true,)"',
    });
  });

  it('on GNOME picks Mutter; on KDE falls through to ScreenSaver; else says why', async () => {
    const gnome = new RecordedRunner({
      [MUTTER]: bus('mutter-idletime'),
      [KDE]: bus('screensaver-not-supported'),
    });
    const sources = (runner: RecordedRunner) => [mutterIdleSource(runner), kdeIdleSource(runner)];
    expect((await firstWorkingIdleSource(sources(gnome))).source?.name).toBe(
      'GNOME (Mutter IdleMonitor)',
    );
    const kde = new RecordedRunner({
      [MUTTER]: bus('mutter-service-unknown'),
      [KDE]: bus('screensaver-session-idle'),
    });
    expect((await firstWorkingIdleSource(sources(kde))).source?.name).toBe(
      'KDE (org.freedesktop.ScreenSaver)',
    );
    const neither = new RecordedRunner({
      [MUTTER]: bus('mutter-service-unknown'),
      [KDE]: bus('screensaver-service-unknown'),
    });
    expect(await firstWorkingIdleSource(sources(neither))).toMatchObject({
      source: null,
      why: expect.stringMatching(
        /^GNOME \(Mutter IdleMonitor\): .*; KDE \(org\.freedesktop\.ScreenSaver\): /,
      ),
    });
  });
});
