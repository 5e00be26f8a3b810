import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ipcMain } from 'electron';
import type { NodeLogger } from 'electron-log';

import type { LogPort } from '../platform/log-port';

/** One log file stops at about this size; it is then kept as main.old.log, and one file only. */
export const LOG_MAX_BYTES = 1024 * 1024;

/** electron-log listens for renderer log messages on this channel; Limber's renderers send none. */
const ELECTRON_LOG_CHANNEL = '__ELECTRON_LOG__';

/** Where the log went, and the port features write to. */
export interface AppLog {
  log: LogPort;
  /** The folder holding main.log (and main.old.log): `<userData>/logs`. */
  logsDir: string;
}

/**
 * Sets up electron-log (its `electron-log/main` logger, passed in by index.ts) to write to
 * `<userData>/logs/main.log`, rotating at 1 MB into main.old.log, which its default archive
 * step keeps as the one old file. Nothing goes to the renderers, and the IPC listener it
 * registers for renderer logging is removed: every channel main answers is in the contract.
 */
export function setupLog(logger: NodeLogger, userDataDir: string): AppLog {
  const logsDir = join(userDataDir, 'logs');
  mkdirSync(logsDir, { recursive: true });
  const file = logger.transports.file;
  file.resolvePathFn = () => join(logsDir, 'main.log');
  file.maxSize = LOG_MAX_BYTES;
  file.level = 'info';
  // electron-log's Node build (the unit tests) has no IPC transport, whatever its types say.
  const ipc = logger.transports.ipc as NodeLogger['transports']['ipc'] | undefined;
  if (ipc) ipc.level = false;
  ipcMain.removeAllListeners(ELECTRON_LOG_CHANNEL);
  ipcMain.removeHandler(ELECTRON_LOG_CHANNEL);
  return {
    logsDir,
    log: {
      info: (message, ...details) => logger.info(message, ...details),
      warn: (message, ...details) => logger.warn(message, ...details),
      error: (message, ...details) => logger.error(message, ...details),
    },
  };
}
