import { errorMessage } from '@shared/errors/error-message';
import { issuesFrom } from '@shared/errors/issues';
import { SettingsValidationError } from '@shared/settings/issues';
import { cloneData, deepFreeze, deepMerge, sameData } from '@shared/settings/merge';
import {
  defaultSettings,
  SettingsPatchSchema,
  SettingsSchema,
  type Settings,
} from '@shared/settings/schema';
import type { SettingsNotice } from '@shared/settings/notice-schema';
import type { Clock, Dispose } from '@shared/time/clock';
import { loadSettings } from './settings-load';
import type { SettingsFilePort, UnstampedNotice } from './settings-file-port';

/** The user's settings, held in memory and saved on every change. Main owns them. */
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
  const told = new Set<UnstampedNotice['kind']>();
  let kept: readonly SettingsNotice[] = [];
  const noticeListeners = new Set<(notices: readonly SettingsNotice[]) => void>();
  const setKept = (next: readonly SettingsNotice[]) => {
    kept = next;
    for (const listener of [...noticeListeners]) listener(kept);
  };
  const notify = (notice: UnstampedNotice) => {
    if (told.has(notice.kind)) return;
    told.add(notice.kind);
    setKept([...kept, { ...notice, atMs: deps.clock.now() }]);
    deps.onNotice?.(notice);
  };
  const listeners = new Set<(settings: Settings) => void>();

  const loaded = loadSettings(deps.file, stampOf(deps.clock.now()));
  const readOnly = loaded.readOnly;
  let current = deepFreeze(cloneData(loaded.settings));
  loaded.notices.forEach(notify);

  /** Writes settings.json, then the last-good copy: both atomic, both validated data. */
  const persist = (settings: Settings, text = serialize(settings)) => {
    if (readOnly) return;
    try {
      deps.file.writeAtomic(text);
      deps.file.writeBackup(text);
    } catch (error) {
      notify(cannotSave(error));
    }
  };

  if (loaded.save) persist(current);
  else if (loaded.validText !== undefined && !readOnly) {
    // A valid file read at startup becomes the last-good copy, unless it already is.
    try {
      if (deps.file.readBackup() !== loaded.validText) deps.file.writeBackup(loaded.validText);
    } catch (error) {
      notify(cannotSave(error));
    }
  }

  const commit = (next: Settings): Settings => {
    if (sameData(next, current)) return current;
    current = deepFreeze(next);
    persist(current);
    for (const listener of [...listeners]) listener(current);
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
