import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The running app's status for `limber status`, in userData/status.txt. A second launch cannot
 * ask the running app and wait for an answer, so the app keeps this file current (whenever the
 * tray line changes) and the launching process prints it.
 */
export function statusFilePath(userData: string): string {
  return join(userData, 'status.txt');
}

export function writeStatusFile(userData: string, report: string): void {
  const file = statusFilePath(userData);
  writeFileSync(`${file}.tmp`, report, { mode: 0o600 });
  renameSync(`${file}.tmp`, file);
}

export function readStatusFile(userData: string): string | null {
  try {
    return readFileSync(statusFilePath(userData), 'utf8');
  } catch {
    return null;
  }
}
