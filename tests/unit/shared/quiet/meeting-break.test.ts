import { describe, expect, it } from 'vitest';

import { callInProgress, idleDuringCall, wouldCompleteBreak } from '@shared/quiet/meeting-break';
import { defaultQuietToggles } from '@shared/quiet/quiet-settings';
import { no, unknown, yes } from '@shared/quiet/signal';

const MIN = 60_000;
const BREAK = 5 * MIN;

describe('a meeting is not a break', () => {
  it('camera or microphone in use means a call; a shared screen or "In a meeting" does not', () => {
    expect(callInProgress({ microphone: yes }, defaultQuietToggles)).toEqual({
      onCall: true,
      reasons: ['microphone'],
    });
    expect(
      callInProgress({ screencast: yes, manual: yes, fullscreen: yes }, defaultQuietToggles).onCall,
    ).toBe(false);
    expect(
      callInProgress({ camera: unknown('no helper'), microphone: no }, defaultQuietToggles).onCall,
    ).toBe(false);
    expect(callInProgress({ camera: yes }, { ...defaultQuietToggles, camera: false }).onCall).toBe(
      false,
    );
  });

  it('knows when a reading would complete a natural break, by the tracker rule', () => {
    const at = 60 * MIN;
    expect(wouldCompleteBreak(at - 10 * MIN, at, 5 * 60, BREAK)).toBe(true);
    expect(wouldCompleteBreak(at - 10 * MIN, at, 4 * 60, BREAK)).toBe(false);
    // An input the tracker already knows of is later than the reading implies: still sitting.
    expect(wouldCompleteBreak(at - 2 * MIN, at, 30 * 60, BREAK)).toBe(false);
    expect(wouldCompleteBreak(null, at, 30 * 60, BREAK)).toBe(false);
  });

  it('during a call the reading is capped at a second, never turned into a fake 0', () => {
    const call = { onCall: true, reasons: ['camera'] as const };
    expect(idleDuringCall(40 * 60, call)).toBe(1);
    expect(idleDuringCall(0, call)).toBe(0);
    expect(idleDuringCall(40 * 60, { onCall: false, reasons: [] })).toBe(40 * 60);
  });
});
