import type { SittingStatus } from '@shared/reminders/nudge-schema';
import { sittingMs } from '@shared/reminders/planner';
import { type StatusInput, trayStatus } from '@shared/reminders/status-text';

/** The published status, and when it next changes by itself: the service's own refresh time. */
export interface StatusAndRefresh {
  status: SittingStatus;
  /** When the whole-minute `text` changes; null: only an event changes it. Never leaves the service. */
  nextChangeAtMono: number | null;
  /** When the tray's rough `trayText` changes: all the service wakes for with no window open. */
  nextRoughChangeAtMono: number | null;
}

/** The status as of `facts.at`: the tray's line from the same facts, and the facts it shows. */
export function sittingStatusFrom(
  facts: StatusInput,
  quiet: { heldText: string | null; inMeeting: boolean },
): StatusAndRefresh {
  const { view, reminders, at } = facts;
  const { text, roughText, icon, nextChangeAtMono, nextRoughChangeAtMono } = trayStatus(facts);
  const status: SittingStatus = {
    // While a nudge is held, the line says why Limber is quiet instead of what is due.
    text: quiet.heldText ?? text,
    trayText: quiet.heldText ?? roughText,
    icon,
    boutMs: view.bout ? sittingMs(view, reminders, at) : null,
    away: view.away,
    idleDetection: view.idleDetection,
    inMeeting: quiet.inMeeting,
  };
  // The held line has no count in it; the hold's own once-a-minute checks re-plan meanwhile.
  if (quiet.heldText !== null)
    return { status, nextChangeAtMono: null, nextRoughChangeAtMono: null };
  return { status, nextChangeAtMono, nextRoughChangeAtMono };
}

/**
 * Whether a user would see a difference. The bout grows every millisecond; only the counts in
 * the text are shown, so listeners hear about it when a count changes, not on every event.
 * `minutes`: a window shows the whole-minute line; otherwise only the tray's rough line counts.
 */
export function sameShownStatus(a: SittingStatus, b: SittingStatus, minutes: boolean): boolean {
  return (
    (!minutes || a.text === b.text) &&
    a.trayText === b.trayText &&
    a.icon === b.icon &&
    a.away === b.away &&
    a.idleDetection === b.idleDetection &&
    a.inMeeting === b.inMeeting
  );
}
