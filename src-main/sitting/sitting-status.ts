import type { SittingStatus } from '@shared/reminders/nudge-schema';
import { sittingMs } from '@shared/reminders/planner';
import { trayStatus, type StatusInput, type TrayStatus } from '@shared/reminders/status-text';

/**
 * What the tray and the renderer show about sitting: the contract's status (the tray's line and
 * icon, and the facts behind them) and, for main only, when it next changes by itself.
 */
export interface SittingServiceStatus extends TrayStatus, Omit<SittingStatus, keyof TrayStatus> {}

/** The status as of `facts.at`: the tray's line from the same facts, and the facts it shows. */
export function sittingStatusOf(facts: StatusInput): SittingServiceStatus {
  const { view, reminders, at } = facts;
  return {
    ...trayStatus(facts),
    boutMs: view.bout ? sittingMs(view, reminders, at) : null,
    away: view.away,
    idleDetection: view.idleDetection,
  };
}

/**
 * Whether a user would see a difference. The bout grows every millisecond; only the minute in
 * the text is shown, so listeners hear about it once a minute, not on every event.
 */
export function sameShownStatus(a: SittingServiceStatus, b: SittingServiceStatus): boolean {
  return (
    a.text === b.text &&
    a.icon === b.icon &&
    a.away === b.away &&
    a.idleDetection === b.idleDetection
  );
}
