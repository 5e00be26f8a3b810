import { describe, expect, it } from 'vitest';

import {
  MEETING_CHOICES,
  meetingActive,
  meetingEndsAtWall,
  meetingSignal,
  settleMeeting,
  startMeeting,
} from '@shared/quiet/meeting-mode';

const MIN = 60_000;
const T = Date.UTC(2026, 0, 5, 10, 0);

describe('"In a meeting"', () => {
  it('for 30 minutes: on until half past, then off by itself', () => {
    const mode = startMeeting({ minutes: 30 }, T);
    expect(mode).toEqual({ untilWall: T + 30 * MIN });
    expect(meetingSignal(mode, T + 29 * MIN)).toEqual({ state: 'yes' });
    expect(meetingSignal(mode, T + 30 * MIN)).toEqual({ state: 'no' });
    expect(meetingEndsAtWall(mode, T)).toBe(T + 30 * MIN);
    expect(settleMeeting(mode, T + 31 * MIN)).toBeNull();
  });

  it('for an hour ends on the wall clock: a sleep in between does not stretch it', () => {
    const mode = startMeeting({ minutes: 60 }, T);
    expect(meetingActive(mode, T + 61 * MIN)).toBe(false);
  });

  it('until turned off has no end of its own', () => {
    const mode = startMeeting('until-off', T);
    expect(meetingActive(mode, T + 24 * 60 * MIN)).toBe(true);
    expect(meetingEndsAtWall(mode, T)).toBeNull();
    expect(meetingSignal(null, T)).toEqual({ state: 'no' });
  });

  it('offers the three choices the tray shows', () => {
    expect(MEETING_CHOICES.map((c) => c.label)).toEqual([
      'For 30 minutes',
      'For 1 hour',
      'Until I turn it off',
    ]);
  });
});
