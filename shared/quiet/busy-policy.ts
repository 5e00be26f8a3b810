import type { QuietToggles } from './quiet-settings';
import { type Answers, isYes, type SignalKind } from './signal';

/** Whether to hold a reminder now, and every reason, in the order the tray names them. */
export interface BusyDecision {
  busy: boolean;
  reasons: readonly SignalKind[];
}

/**
 * The order reasons are listed in: what the user chose first, then what is most plainly "other
 * people can see or hear you" (a call), then what only suggests focus.
 */
const REASON_ORDER: readonly SignalKind[] = [
  'manual',
  'camera',
  'microphone',
  'screencast',
  'fullscreen',
  'dnd',
];

export const notBusy: BusyDecision = { busy: false, reasons: [] };

/**
 * Busy when any enabled signal answers yes. Unknown counts as no: a broken or missing detector
 * must not silence reminders forever. A switched-off kind is ignored even if an answer for it is
 * lying around from before the switch. 'manual' has no switch.
 */
export function decideBusy(answers: Answers, toggles: QuietToggles): BusyDecision {
  const reasons = REASON_ORDER.filter(
    (kind) => (kind === 'manual' || toggles[kind]) && isYes(answers[kind]),
  );
  return { busy: reasons.length > 0, reasons };
}
