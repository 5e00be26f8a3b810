import type { LogPort } from './log-port';

/**
 * Runs `work`, and if it throws, logs the error as `what` failed and carries on. For calls out
 * of a service (a listener, the notifier, a window) whose failure must not stop the service:
 * one exception in the tray's update must not leave the sitting timer unarmed.
 */
export function guarded<T>(log: LogPort, what: string, work: () => T): T | undefined {
  try {
    return work();
  } catch (error) {
    log.error(`${what} failed`, error);
    return undefined;
  }
}

/** Calls every listener with `value`, each on its own: one that throws is logged, the rest still hear. */
export function tellEach<T>(
  listeners: Iterable<(value: T) => void>,
  value: T,
  log: LogPort,
  what: string,
): void {
  for (const listener of [...listeners]) guarded(log, what, () => listener(value));
}
