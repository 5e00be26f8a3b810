import { errorMessage } from '@shared/errors/error-message';
import { issuesFrom } from '@shared/errors/issues';
import { SettingsValidationError } from '@shared/settings/issues';
import { cloneData, deepFreeze, deepMerge, sameData } from '@shared/settings/merge';
import type { SettingsNotice } from '@shared/settings/notice-schema';
import {
  defaultSettings,
  type Settings,
  SettingsPatchSchema,
  SettingsSchema,
} from '@shared/settings/schema';
import type { Clock, Dispose, Timers } from '@shared/time/clock';

import { guarded, tellEach } from '../platform/guarded';
import { type LogPort, silentLog } from '../platform/log-port';
import type { SettingsFilePort, UnstampedNotice } from './settings-file-port';
import { loadSettings } from './settings-load';

/**
 * A burst of changes (typing a number, dragging a slider) reaches the disk once, this long
 * after its first change: one write per burst, and never more than this behind.
 */
export const SETTINGS_WRITE_DELAY_MS = 300;

/** The user's settings, held in memory and saved shortly after every change. Main owns them. */
export interface SettingsStore {
  /** The current settings, from memory (no disk read): cheap enough for every timer. Frozen. */
  get(): Settings;
  /**
   * Applies a patch (any subset of fields; lists replace whole). Nothing changes or is written
   * when it fails. Listeners hear of it only when something changed.
   * @throws SettingsValidationError naming each field at fault and its allowed range.
   */
  update(patch: unknown): Settings;
  /** Every setting back to its default, except that the safety note stays acknowledged. */
  reset(): Settings;
  /**
   * Writes a change still waiting for its delayed write, now. Called when the app quits, so what
   * the user saw as saved is saved.
   */
  flush(): void;
  subscribe(listener: (settings: Settings) => void): Dispose;
  /** Trouble with the file raised this run and not yet dismissed, oldest first. */
  notices(): readonly SettingsNotice[];
  /** The user has read them: forgets them, tells notice listeners, returns what is left (none). */
  dismissNotices(): SettingsNotice[];
  /** Hears the kept notices whenever one is raised or they are dismissed. */
  subscribeNotices(listener: (notices: readonly SettingsNotice[]) => void): Dispose;
}

export interface SettingsStoreDeps {
  file: SettingsFilePort;
  clock: Clock;
  /** Delays the write of a change, so a burst of them is written once. */
  timers: Timers;
  /** Where a listener that throws is logged. @default silentLog */
  log?: LogPort;
  /**
   * Told once per kind of trouble: a damaged file set aside, a folder that can't be written.
   * The notice is also kept (see `notices()`) until the user dismisses it.
   */
  onNotice?: (notice: UnstampedNotice) => void;
}

/**
 * Loads (and if need be recovers) the settings, then serves them from memory. A failed write
 * never stops the app: the settings keep working until quit, and the user is told once.
 */
export function createSettingsStore(deps: SettingsStoreDeps): SettingsStore {
  const log = deps.log ?? silentLog;
  const told = new Set<UnstampedNotice['kind']>();
  let kept: readonly SettingsNotice[] = [];
  const noticeListeners = new Set<(notices: readonly SettingsNotice[]) => void>();
  const setKept = (next: readonly SettingsNotice[]) => {
    kept = next;
    tellEach(noticeListeners, kept, log, 'A settings notice listener');
  };
  const notify = (notice: UnstampedNotice) => {
    if (told.has(notice.kind)) return;
    told.add(notice.kind);
    setKept([...kept, { ...notice, atMs: deps.clock.now() }]);
    // A notification that fails to show must not undo the save's bookkeeping: the notice is kept.
    guarded(log, 'Telling the user about the settings file', () => deps.onNotice?.(notice));
  };
  const listeners = new Set<(settings: Settings) => void>();

  const loaded = loadSettings(deps.file, stampOf(deps.clock.now()));
  const readOnly = loaded.readOnly;
  let current = deepFreeze(cloneData(loaded.settings));
  loaded.notices.forEach(notify);

  /**
   * Writes settings.json, then the last-good copy: both atomic, both validated data. Each
   * failure is told as what it is: settings not kept, or only their spare copy not updated.
   */
  /** True when both were written. */
  const writeBoth = (text: string): boolean => {
    try {
      deps.file.writeAtomic(text);
    } catch (error) {
      notify(cannotSave(error));
      return false;
    }
    return writeLastGood(text);
  };
  const writeLastGood = (text: string): boolean => {
    try {
      deps.file.writeBackup(text);
      return true;
    } catch (error) {
      notify(cannotBackUp(error));
      return false;
    }
  };

  /** The text of a change not yet on disk, and the timer that will write it. */
  let unsaved: string | undefined;
  let cancelWrite: Dispose | undefined;
  /** A write that fails stays unsaved: the next change or flush (quitting) tries it again. */
  const flush = () => {
    cancelWrite?.();
    cancelWrite = undefined;
    if (unsaved !== undefined && writeBoth(unsaved)) unsaved = undefined;
  };
  const persistSoon = (settings: Settings) => {
    if (readOnly) return;
    unsaved = serialize(settings);
    cancelWrite ??= deps.timers.setTimeout(flush, SETTINGS_WRITE_DELAY_MS);
  };

  // What startup recovered or migrated is written at once: the file on disk is the bad one.
  if (loaded.save) writeBoth(serialize(current));
  else if (loaded.validText !== undefined && !readOnly) {
    // A valid file read at startup becomes the last-good copy, unless it already is.
    let backup: string | undefined;
    try {
      backup = deps.file.readBackup();
    } catch {
      // Unreadable: the write below replaces it, or says why it could not.
    }
    if (backup !== loaded.validText) writeLastGood(loaded.validText);
  }

  const commit = (next: Settings): Settings => {
    if (sameData(next, current)) return current;
    current = deepFreeze(next);
    persistSoon(current);
    tellEach(listeners, current, log, 'A settings listener');
    return current;
  };

  return {
    get: () => current,
    update(patch) {
      const checkedPatch = SettingsPatchSchema.safeParse(patch);
      if (!checkedPatch.success) throw new SettingsValidationError(issuesFrom(checkedPatch.error));
      // Rules spanning fields (a morning routine that must exist) need the merged whole.
      const merged = SettingsSchema.safeParse(deepMerge(current, checkedPatch.data));
      if (!merged.success) throw new SettingsValidationError(issuesFrom(merged.error));
      return commit(merged.data);
    },
    reset: () =>
      commit({
        ...cloneData(defaultSettings),
        safetyNoteAcknowledged: current.safetyNoteAcknowledged,
      }),
    flush,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notices: () => kept,
    dismissNotices() {
      if (kept.length > 0) setKept([]);
      return [];
    },
    subscribeNotices(listener) {
      noticeListeners.add(listener);
      return () => noticeListeners.delete(listener);
    },
  };
}

/** Pretty JSON: people open this file to see what they set. */
function serialize(settings: Settings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}

function cannotBackUp(error: unknown): UnstampedNotice {
  return {
    kind: 'backup-unwritable',
    message: `Your settings were saved, but Limber could not update their spare copy, settings.last-good.json (${errorMessage(error)}). Should settings.json ever be damaged, Limber can only go back to an older copy.`,
  };
}

function cannotSave(error: unknown): UnstampedNotice {
  return {
    kind: 'unwritable',
    message: `Limber cannot save your settings (${errorMessage(error)}). Changes work until you quit, but will not be kept.`,
  };
}

/** A file-name-safe timestamp: 2026-03-02T07-30-00-000Z (no colons, for Windows). */
function stampOf(wallMs: number): string {
  return new Date(wallMs).toISOString().replace(/[:.]/g, '-');
}
