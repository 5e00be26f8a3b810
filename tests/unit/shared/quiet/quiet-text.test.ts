import { describe, expect, it } from 'vitest';

import { notBusy } from '@shared/quiet/busy-policy';
import { clearHold, nudgeFallsDue, recheck } from '@shared/quiet/hold';
import { defaultQuietToggles } from '@shared/quiet/quiet-settings';
import { heldNudgeText, holdStatusText, quietStatusLines } from '@shared/quiet/quiet-text';
import { no, unknown, yes } from '@shared/quiet/signal';

const T = Date.UTC(2026, 0, 5, 10, 0);
const hhmm = (wall: number) => new Date(wall).toISOString().slice(11, 16);

describe('quiet texts', () => {
  it('the tray names what holds the reminder', () => {
    const held = nudgeFallsDue(clearHold, { busy: true, reasons: ['camera'] }, 0).state;
    expect(holdStatusText(held)).toBe('Holding your reminder: camera in use');
    expect(holdStatusText(recheck(held, notBusy, 60_000).state)).toBe(
      'Holding your reminder: it comes in a moment',
    );
    expect(holdStatusText(clearHold)).toBeNull();
  });

  it('the nudge that finally comes says how long they sat, in whole minutes', () => {
    expect(heldNudgeText(78.9 * 60_000)).toBe("You've been sitting for 78 min");
  });

  it('`limber status` lists every kind, with why when it could not tell', () => {
    const lines = quietStatusLines(
      { camera: yes, microphone: unknown('pw-dump and pactl are not installed'), dnd: no },
      { ...defaultQuietToggles, fullscreen: false },
      { untilWall: T + 30 * 60_000 },
      T,
      hhmm,
    );
    expect(lines).toEqual([
      'In a meeting: on until 10:30',
      'Camera: in use',
      'Microphone: unknown (pw-dump and pactl are not installed)',
      'Screen sharing: not checked yet',
      'Full screen: off in settings',
      'Do Not Disturb: no',
    ]);
  });
});
