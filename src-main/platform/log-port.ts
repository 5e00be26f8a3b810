/**
 * Where main writes down what happened: every recovery, every action held back or failed, every
 * crash. Features take this port, so they log without knowing electron-log is underneath
 * (src-main/electron/log.ts). Messages name what happened, never what the user typed or did:
 * nothing personal goes in beyond the settings themselves.
 */
export interface LogPort {
  info(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  error(message: string, ...details: unknown[]): void;
}

/** Logs nothing: the default where a caller (a unit test, the e2e host) passes no log. */
export const silentLog: LogPort = {
  info: () => {},
  warn: () => {},
  error: () => {},
};
