import type { SittingStatus } from '@shared/reminders/nudge-schema';
import { sittingMs } from '@shared/reminders/planner';
import { type StatusInput, trayStatus } from '@shared/reminders/status-text';

/** The published status, and when it next changes by itself: the service's own refresh time. */
export interface StatusAndRefresh {
  status: SittingStatus;
  /** Monotonic time to refresh at; null: only an event changes it. Never leaves the service. */
  nextChangeAtMono: number | null;
}

/** The status as of `facts.at`: the tray's line from the same facts, and the facts it shows. */
export function sittingStatusFrom(
  facts: StatusInput,
  quiet: { heldText: string | null; inMeeting: boolean } = { heldText: null, inMeeting: false },
): StatusAndRefresh {
  const { view, reminders, at } = facts;
  const { text, icon, nextChangeAtMono } = trayStatus(facts);
  const status: SittingStatus = {
    // While a nudge is held, the line says why Limber is quiet instead of what is due.
    text: quiet.heldText ?? text,
    icon,
    boutMs: view.bout ? sittingMs(view, reminders, at) : null,
    away: view.away,
    idleDetection: view.idleDetection,
    inMeeting: quiet.inMeeting,
  };
  return { status, nextChangeAtMono };
}

/**
 * Whether a user would see a difference. The bout grows every millisecond; only the minute in
 * the text is shown, so listeners hear about it once a minute, not on every event.
 */
export function sameShownStatus(a: SittingStatus, b: SittingStatus): boolean {
  return (
    a.text === b.text &&
    a.icon === b.icon &&
    a.away === b.away &&
    a.idleDetection === b.idleDetection &&
    a.inMeeting === b.inMeeting
  );
}
