import type { LogPort } from '../platform/log-port';

/** The part of Node's `process` the guard listens on. */
export interface CrashEvents {
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

/**
 * A tray app that dies takes every reminder with it, silently: with no window, nobody sees it
 * go. So an exception nothing caught, or a rejection nothing handled, is logged and Limber keeps
 * running (Electron would otherwise show a crash dialog, and Node end the process). Whatever
 * failed is already isolated where it matters (the sitting timer re-arms itself), so what is
 * left running is sound.
 */
export function guardAgainstCrashes(events: CrashEvents, log: LogPort): void {
  const logQuietly = (message: string, detail: unknown) => {
    try {
      log.error(message, detail);
    } catch {
      // The log itself failed (a full disk): nowhere left to say so, and no reason to die.
    }
  };
  events.on('uncaughtException', (error) =>
    logQuietly('Uncaught exception (Limber keeps running)', error),
  );
  events.on('unhandledRejection', (reason) =>
    logQuietly('Unhandled promise rejection (Limber keeps running)', reason),
  );
}
