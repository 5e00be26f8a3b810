import type { SettingsNotice } from '@shared/settings/notice-schema';

/** The two files: settings.json, and its last-known-good copy settings.last-good.json. */
export type SettingsFileName = 'settings' | 'last-good';

/**
 * Where settings live on disk, as the store needs it. The real one (electron/settings-file.ts)
 * uses node:fs in the userData folder; tests and the e2e host use an in-memory one.
 * Every method may throw (a read-only folder, a full disk); the store catches and carries on.
 */
export interface SettingsFilePort {
  /** The settings file's text; undefined when there is no file yet. */
  read(): string | undefined;
  /** Replaces the file so a reader sees the old text or the new, never a mix or nothing. */
  writeAtomic(text: string): void;
  /**
   * Copies settings.json (or the last-good copy), byte for byte, to `settings.<suffix>.json`
   * (`settings.last-good.<suffix>.json`) and returns where it went. A copy, not a move: until
   * the recovered text replaces it, the damaged file stays where it was, so a crash in between
   * never leaves the folder with no settings file at all.
   */
  copyAside(which: SettingsFileName, suffix: string): string;
  /** The last-known-good copy (`settings.last-good.json`); undefined when there is none. */
  readBackup(): string | undefined;
  /** Replaces the last-known-good copy, atomically too. */
  writeBackup(text: string): void;
}

/**
 * Something the user should be told once: what happened to their settings and what was kept.
 * The contract's notice before the store stamps it with the time (`atMs`).
 */
export type UnstampedNotice = Omit<SettingsNotice, 'atMs'>;
