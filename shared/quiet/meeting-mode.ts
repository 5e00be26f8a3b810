import { no, type Signal, yes } from './signal';

/**
 * "In a meeting", chosen by the user from the tray: for 30 min, for an hour, or until turned
 * off. It ends on the wall clock because that is how the user said it ("for an hour" at 10:00
 * means until 11:00, even if the laptop slept in between).
 */
export type MeetingMode = null | { untilWall: number } | 'until-off';

export type MeetingChoice = { minutes: 30 | 60 } | 'until-off';

const MINUTE = 60_000;

/** The tray's choices, in menu order, with the words it shows. */
export const MEETING_CHOICES: readonly { label: string; choice: MeetingChoice }[] = [
  { label: 'For 30 minutes', choice: { minutes: 30 } },
  { label: 'For 1 hour', choice: { minutes: 60 } },
  { label: 'Until I turn it off', choice: 'until-off' },
];

/** Turns "In a meeting" on as of `nowWall`; choosing again replaces the old end. */
export function startMeeting(choice: MeetingChoice, nowWall: number): MeetingMode {
  return choice === 'until-off' ? 'until-off' : { untilWall: nowWall + choice.minutes * MINUTE };
}

/** Whether the meeting still runs at `nowWall`. A finished one reads as off. */
export function meetingActive(mode: MeetingMode, nowWall: number): boolean {
  if (mode === null) return false;
  return mode === 'until-off' || nowWall < mode.untilWall;
}

/** The 'manual' answer for the busy policy. */
export function meetingSignal(mode: MeetingMode, nowWall: number): Signal {
  return meetingActive(mode, nowWall) ? yes : no;
}

/** The mode as it should be stored from `nowWall` on: a finished meeting is cleared. */
export function settleMeeting(mode: MeetingMode, nowWall: number): MeetingMode {
  return meetingActive(mode, nowWall) ? mode : null;
}

/**
 * When the answer changes by itself (wall ms), so the caller can arm one timer for it; null if
 * only the user can end it (off already, or until turned off).
 */
export function meetingEndsAtWall(mode: MeetingMode, nowWall: number): number | null {
  if (mode === null || mode === 'until-off' || !meetingActive(mode, nowWall)) return null;
  return mode.untilWall;
}
