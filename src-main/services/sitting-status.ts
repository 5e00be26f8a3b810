import { sittingMs } from '../../shared/reminders/planner';
import { trayStatus, type StatusInput, type TrayStatus } from '../../shared/reminders/status-text';

/**
 * What the tray and the renderer show about sitting: the tray's line and icon, when they next
 * change by themselves, and the facts behind them.
 */
export interface SittingServiceStatus extends TrayStatus {
  /** Sitting time that counts toward the limit (the bout minus paused time); null while away. */
  boutMs: number | null;
  away: boolean;
  idleDetection: 'ok' | 'stuck';
}

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
