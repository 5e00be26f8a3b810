import type { QuietToggles } from './quiet-settings';
import { type Answers, isYes } from './signal';

/**
 * "A meeting is not a break." Someone on a video call sits still and types nothing, so the OS
 * idle time grows exactly as if they had walked away, and the tracker would credit a natural
 * break. While the camera or the microphone is in use the time counts as sitting instead.
 *
 * Only camera and microphone count: a shared screen or a full-screen video can be watched from
 * the sofa, and "In a meeting" chosen in the tray may well mean a meeting room away from the
 * desk. A switched-off kind is not looked at (its detector does not run).
 */
export interface CallVerdict {
  onCall: boolean;
  reasons: readonly ('camera' | 'microphone')[];
}

export function callInProgress(answers: Answers, toggles: QuietToggles): CallVerdict {
  const reasons = (['camera', 'microphone'] as const).filter(
    (kind) => toggles[kind] && isYes(answers[kind]),
  );
  return { onCall: reasons.length > 0, reasons };
}

/**
 * Whether this reading would complete a natural break at the desk, by the tracker's own rule
 * (sampleAtDesk): the later of the last input we know and the one the reading implies is a
 * natural break or more ago. The caller asks camera and microphone only then, so a call costs
 * a detector run per sample, not a poll.
 * @param lastInputMono the tracker view's lastInputMono (null while away: nothing to protect)
 */
export function wouldCompleteBreak(
  lastInputMono: number | null,
  atMono: number,
  idleS: number,
  naturalBreakMs: number,
): boolean {
  if (lastInputMono === null) return false;
  const implied = Math.min(atMono, atMono - idleS * 1000);
  return atMono - Math.max(implied, lastInputMono) >= naturalBreakMs;
}

/**
 * The idle reading to give the tracker while a call is on: a second. So the bout goes on (the
 * last input looks recent), and the sampler comes back a natural break later, on the tray's
 * 5-minute step, instead of every few seconds; the reading is never a made-up 0 that the
 * stuck-idle checks would count against the OS. When the call ends and the user leaves, the
 * break is counted from the last look during the call, at most a natural break before it ended:
 * a little call time may count as the break, never a little break time as sitting.
 */
export const IDLE_DURING_CALL_S = 1;

export function idleDuringCall(idleS: number, call: CallVerdict): number {
  if (!call.onCall) return idleS;
  return Math.min(idleS, IDLE_DURING_CALL_S);
}
