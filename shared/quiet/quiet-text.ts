import type { HoldState } from './hold';
import { meetingActive, type MeetingMode } from './meeting-mode';
import type { QuietToggles } from './quiet-settings';
import { type Answers, DETECTED_KINDS, type SignalKind } from './signal';

const MINUTE = 60_000;

/** Each reason as the tray says it after "Holding your reminder: ". */
const REASON_WORDS: Readonly<Record<SignalKind, string>> = {
  manual: 'you are in a meeting',
  camera: 'camera in use',
  microphone: 'microphone in use',
  screencast: 'screen being shared',
  fullscreen: 'full-screen app',
  dnd: 'Do Not Disturb is on',
};

/** A yes as `limber status` says it after the kind's name. */
const YES_WORDS: Readonly<Record<SignalKind, string>> = {
  manual: 'on',
  camera: 'in use',
  microphone: 'in use',
  screencast: 'your screen is being shared',
  fullscreen: 'a full-screen app is in front',
  dnd: 'on',
};

/** What each detector looks at, for `limber status`. */
const KIND_NAMES: Readonly<Record<SignalKind, string>> = {
  manual: 'In a meeting',
  camera: 'Camera',
  microphone: 'Microphone',
  screencast: 'Screen sharing',
  fullscreen: 'Full screen',
  dnd: 'Do Not Disturb',
};

/**
 * The tray's line while a nudge is held: "Holding your reminder: camera in use", or, in the
 * half minute after the last signal ended, that it is about to come.
 */
export function holdStatusText(state: HoldState): string | null {
  if (state.kind === 'clear') return null;
  if (state.kind === 'settling') return 'Holding your reminder: it comes in a moment';
  const words = state.reasons.map((reason) => REASON_WORDS[reason]);
  return `Holding your reminder: ${words.length > 0 ? words.join(', ') : 'you are busy'}`;
}

/** The body of the nudge that finally comes: "You've been sitting for 78 min". */
export function heldNudgeText(sittingMs: number): string {
  return `You've been sitting for ${Math.max(0, Math.floor(sittingMs / MINUTE))} min`;
}

/**
 * The "Quiet when…" lines of `limber status`, one per kind: what the detector last said (with
 * its reason when it could not tell), or that the user switched it off.
 *   Camera: in use
 *   Microphone: unknown (pw-dump and pactl are not installed)
 *   Full screen: off in settings
 */
export function quietStatusLines(
  answers: Answers,
  toggles: QuietToggles,
  meeting: MeetingMode,
  nowWall: number,
  formatTime: (wallMs: number) => string,
): string[] {
  const lines = [`${KIND_NAMES.manual}: ${meetingWords(meeting, nowWall, formatTime)}`];
  for (const kind of DETECTED_KINDS) {
    const answer = answers[kind];
    let words: string;
    if (!toggles[kind]) words = 'off in settings';
    else if (!answer) words = 'not checked yet';
    else if (answer.state === 'yes') words = YES_WORDS[kind];
    else if (answer.state === 'no') words = 'no';
    else words = `unknown (${answer.why})`;
    lines.push(`${KIND_NAMES[kind]}: ${words}`);
  }
  return lines;
}

function meetingWords(
  meeting: MeetingMode,
  nowWall: number,
  formatTime: (wallMs: number) => string,
): string {
  if (!meetingActive(meeting, nowWall) || meeting === null) return 'off';
  if (meeting === 'until-off') return 'on until you turn it off';
  return `on until ${formatTime(meeting.untilWall)}`;
}
