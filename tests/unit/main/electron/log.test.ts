import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import electronLog from 'electron-log/node';
import { describe, expect, it, onTestFinished } from 'vitest';

import { LOG_MAX_BYTES, setupLog } from '../../../../src-main/electron/log';
import { fakeElectron } from '../../../support/electron-mock';

/** electron-log's own logger on a fresh user folder (its Node build: the same transports). */
function logIn() {
  const userData = mkdtempSync(join(tmpdir(), 'limber-log-'));
  onTestFinished(() => rmSync(userData, { recursive: true, force: true }));
  const logger = electronLog.create({ logId: `test-${Math.random()}` });
  logger.transports.console.level = false;
  return { userData, ...setupLog(logger, userData) };
}

describe('the log', () => {
  it('is written to <userData>/logs/main.log', () => {
    const { userData, log, logsDir } = logIn();
    expect(logsDir).toBe(join(userData, 'logs'));
    log.warn('Settings: recovered: Your settings file was damaged');
    log.error('Uncaught exception (Limber keeps running)', new Error('boom'));
    const text = readFileSync(join(logsDir, 'main.log'), 'utf8');
    expect(text).toMatch(/\[warn\] +Settings: recovered: Your settings file was damaged/);
    expect(text).toMatch(/\[error\] +Uncaught exception \(Limber keeps running\) Error: boom/);
  });

  it('rotates at about 1 MB and keeps one old file', () => {
    const { log, logsDir } = logIn();
    const line = 'x'.repeat(1000);
    for (let i = 0; i < 2_500; i++) log.info(line);
    expect(readdirSync(logsDir).sort()).toEqual(['main.log', 'main.old.log']);
    expect(statSync(join(logsDir, 'main.log')).size).toBeLessThanOrEqual(LOG_MAX_BYTES + 2_000);
    expect(statSync(join(logsDir, 'main.old.log')).size).toBeLessThanOrEqual(LOG_MAX_BYTES + 2_000);
  });

  it('leaves no IPC channel of its own: every channel main answers is in the contract', () => {
    const { ipcMain } = fakeElectron();
    ipcMain.on('__ELECTRON_LOG__', () => {});
    ipcMain.handle('__ELECTRON_LOG__', () => {});
    logIn();
    expect(ipcMain.listenerCount('__ELECTRON_LOG__')).toBe(0);
    expect(ipcMain.handlers.has('__ELECTRON_LOG__')).toBe(false);
  });
});
