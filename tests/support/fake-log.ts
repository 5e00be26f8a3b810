import type { LogPort } from '../../src-main/platform/log-port';

/** One line main logged. */
export interface LogEntry {
  level: 'info' | 'warn' | 'error';
  message: string;
  details: unknown[];
}

/** A LogPort that keeps every line, so a test can check what was logged and how. */
export class RecordingLog implements LogPort {
  readonly entries: LogEntry[] = [];

  info(message: string, ...details: unknown[]): void {
    this.entries.push({ level: 'info', message, details });
  }

  warn(message: string, ...details: unknown[]): void {
    this.entries.push({ level: 'warn', message, details });
  }

  error(message: string, ...details: unknown[]): void {
    this.entries.push({ level: 'error', message, details });
  }

  /** The messages at `level`, in order. */
  messages(level: LogEntry['level']): string[] {
    return this.entries.filter((entry) => entry.level === level).map((entry) => entry.message);
  }
}
