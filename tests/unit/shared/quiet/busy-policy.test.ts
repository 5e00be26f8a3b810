import { describe, expect, it } from 'vitest';

import { decideBusy } from '@shared/quiet/busy-policy';
import { defaultQuietToggles } from '@shared/quiet/quiet-settings';
import { no, unknown, yes } from '@shared/quiet/signal';

describe('busy policy', () => {
  it('is busy when any enabled signal says yes, naming every reason in a fixed order', () => {
    const decision = decideBusy(
      { dnd: yes, camera: yes, microphone: no, manual: yes },
      defaultQuietToggles,
    );
    expect(decision).toEqual({ busy: true, reasons: ['manual', 'camera', 'dnd'] });
  });

  it('reads unknown as no: a detector that cannot see never holds a reminder', () => {
    const decision = decideBusy(
      { camera: unknown('no helper on macOS'), fullscreen: unknown('Wayland'), dnd: no },
      defaultQuietToggles,
    );
    expect(decision).toEqual({ busy: false, reasons: [] });
  });

  it('ignores a kind switched off in "Quiet when…", even with a yes left over', () => {
    const toggles = { ...defaultQuietToggles, fullscreen: false };
    expect(decideBusy({ fullscreen: yes }, toggles)).toEqual({ busy: false, reasons: [] });
  });

  it('"In a meeting" holds whatever the switches say: the user chose it', () => {
    const allOff = {
      camera: false,
      microphone: false,
      screencast: false,
      fullscreen: false,
      dnd: false,
    };
    expect(decideBusy({ manual: yes }, allOff)).toEqual({ busy: true, reasons: ['manual'] });
  });

  it('with nothing known there is nothing to hold for', () => {
    expect(decideBusy({}, defaultQuietToggles).busy).toBe(false);
  });
});
