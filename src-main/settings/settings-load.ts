import { errorMessage } from '@shared/errors/error-message';
import { migrate } from '@shared/settings/migrations';
import { CURRENT_SCHEMA_VERSION, defaultSettings, type Settings } from '@shared/settings/schema';

import type { SettingsFileName, SettingsFilePort, UnstampedNotice } from './settings-file-port';
import { describeFields, parseSettingsText } from './settings-text';

/** What startup found in the settings file, and what the store may do with the file. */
export interface LoadedSettings {
  settings: Settings;
  /** Write `settings` back: they were migrated, recovered, restored or cleaned of unknown fields. */
  save: boolean;
  /** Never write the file: it is from a newer Limber, or could not be read or set aside. */
  readOnly: boolean;
  /** The file's text when it was already current and valid (to refresh the last-good copy). */
  validText?: string;
  notices: UnstampedNotice[];
}

/** What the last-good copy held. */
type LastGood =
  | { kind: 'good'; settings: Settings }
  | { kind: 'none' }
  | { kind: 'damaged'; reason: string }
  | { kind: 'unreadable'; reason: string };

/**
 * Reads the settings file and decides, without ever losing what the user chose: a bad file is
 * copied aside before anything replaces it, a missing one comes back from the last-good copy,
 * and a file this version cannot read is left alone.
 * `stamp` names the copies set aside (`settings.corrupt-<stamp>.json`).
 */
export function loadSettings(file: SettingsFilePort, stamp: string): LoadedSettings {
  let raw: string | undefined;
  try {
    raw = file.read();
  } catch (error) {
    const fallback = usable(lastGood(file));
    return leaveFileAlone(fallback.settings, {
      kind: 'unreadable',
      message: `Limber could not read your settings file (${errorMessage(error)}). It is using ${fallback.label} for now and will not change that file.`,
    });
  }
  if (raw === undefined) return restoreMissing(file, stamp);

  const parsed = parseSettingsText(raw);
  const result =
    'reason' in parsed
      ? { error: { kind: 'invalid', message: parsed.reason } }
      : migrate(parsed.value);
  if ('error' in result) {
    if (result.error.kind === 'newer-version') {
      return leaveFileAlone(defaultSettings, {
        kind: 'newer-version',
        message: `${result.error.message} Limber is using its default settings and will not change that file; changes you make now last until you quit.`,
      });
    }
    return recover(file, stamp, result.error.message);
  }
  const repaired = result.repairedFields ?? [];
  if (result.unknownFields.length > 0 || repaired.length > 0) {
    const what = [
      ...(result.unknownFields.length > 0
        ? [`fields this version does not know (${describeFields(result.unknownFields)})`]
        : []),
      ...(repaired.length > 0
        ? [`hidden characters a name may not have, now taken out (${describeFields(repaired)})`]
        : []),
    ].join(', and ');
    const aside = tryCopyAside(file, 'settings', `unknown-fields-${stamp}`);
    if (!aside.ok) {
      return leaveFileAlone(result.settings, {
        kind: 'unknown-fields',
        message: `Your settings file has ${what}, and a copy could not be made (${aside.reason}). Limber is using the rest and will not change that file.`,
      });
    }
    return saveWith(result.settings, {
      kind: 'unknown-fields',
      message: `Your settings file had ${what}. Everything else was kept, and the original file was saved as ${aside.path}.`,
    });
  }
  const current = result.fromVersion === CURRENT_SCHEMA_VERSION && 'text' in parsed;
  return {
    settings: result.settings,
    save: !current,
    readOnly: false,
    notices: [],
    ...(current ? { validText: parsed.text } : {}),
  };
}

/**
 * No settings.json, but maybe a last-good copy: the file was deleted, is a dangling link, or a
 * crash came between setting a damaged one aside and writing its replacement. Starting on the
 * defaults then would overwrite the copy at the first change, so the copy comes back instead.
 */
function restoreMissing(file: SettingsFilePort, stamp: string): LoadedSettings {
  const backup = lastGood(file);
  switch (backup.kind) {
    case 'none': // A first start.
      return { settings: defaultSettings, save: false, readOnly: false, notices: [] };
    case 'good':
      return saveWith(backup.settings, {
        kind: 'recovered',
        message:
          'Your settings file was missing. Limber restored your last saved settings from its copy, settings.last-good.json.',
      });
    case 'unreadable':
      return leaveFileAlone(defaultSettings, {
        kind: 'unreadable',
        message: `Your settings file was missing, and Limber could not read its last good copy (${backup.reason}). It is using the default settings for now and will not change those files.`,
      });
    case 'damaged': {
      const aside = tryCopyAside(file, 'last-good', `corrupt-${stamp}`);
      if (!aside.ok) {
        return leaveFileAlone(defaultSettings, {
          kind: 'recovered',
          message: `Your settings file was missing, and its last good copy was damaged (${backup.reason}) and could not be set aside (${aside.reason}). Limber is using the default settings and will not change those files.`,
        });
      }
      return saveWith(defaultSettings, {
        kind: 'recovered',
        message: `Your settings file was missing, and its last good copy was damaged (${backup.reason}). Limber saved that copy as ${aside.path} and is using the default settings.`,
      });
    }
  }
}

/**
 * A damaged file: copy it aside (and a damaged last-good copy too), then carry on from the last
 * good copy or the defaults. Nothing is replaced before its copy exists.
 */
function recover(file: SettingsFilePort, stamp: string, reason: string): LoadedSettings {
  const backup = lastGood(file);
  const fallback = usable(backup);
  const aside = tryCopyAside(file, 'settings', `corrupt-${stamp}`);
  if (!aside.ok) {
    return leaveFileAlone(fallback.settings, {
      kind: 'recovered',
      message: `Your settings file could not be used (${reason}) and could not be set aside (${aside.reason}). Limber is using ${fallback.label} and will not change that file.`,
    });
  }
  if (backup.kind !== 'damaged') {
    return saveWith(fallback.settings, {
      kind: 'recovered',
      message: `Your settings file was damaged (${reason}). Limber saved a copy as ${aside.path} and restored ${fallback.label}.`,
    });
  }
  // Both damaged: the defaults are about to replace both, so both are kept first.
  const backupAside = tryCopyAside(file, 'last-good', `corrupt-${stamp}`);
  if (!backupAside.ok) {
    return leaveFileAlone(defaultSettings, {
      kind: 'recovered',
      message: `Your settings file was damaged (${reason}), and so was its last good copy, which could not be set aside (${backupAside.reason}). Limber is using the default settings and will not change those files.`,
    });
  }
  return saveWith(defaultSettings, {
    kind: 'recovered',
    message: `Your settings file was damaged (${reason}), and so was its last good copy (${backup.reason}). Limber saved copies as ${aside.path} and ${backupAside.path} and restored the default settings.`,
  });
}

function lastGood(file: SettingsFilePort): LastGood {
  let raw: string | undefined;
  try {
    raw = file.readBackup();
  } catch (error) {
    return { kind: 'unreadable', reason: errorMessage(error) };
  }
  if (raw === undefined) return { kind: 'none' };
  const parsed = parseSettingsText(raw);
  if ('reason' in parsed) return { kind: 'damaged', reason: parsed.reason };
  const result = migrate(parsed.value);
  if ('settings' in result) return { kind: 'good', settings: result.settings };
  return { kind: 'damaged', reason: result.error.message };
}

/** What to run on when settings.json can't be used: the last-good copy, or else the defaults. */
function usable(backup: LastGood): { settings: Settings; label: string } {
  return backup.kind === 'good'
    ? { settings: backup.settings, label: 'your last saved settings' }
    : { settings: defaultSettings, label: 'the default settings' };
}

function saveWith(settings: Settings, notice: UnstampedNotice): LoadedSettings {
  return { settings, save: true, readOnly: false, notices: [notice] };
}

function leaveFileAlone(settings: Settings, notice: UnstampedNotice): LoadedSettings {
  return { settings, save: false, readOnly: true, notices: [notice] };
}

function tryCopyAside(
  file: SettingsFilePort,
  which: SettingsFileName,
  suffix: string,
): { ok: true; path: string } | { ok: false; reason: string } {
  try {
    return { ok: true, path: file.copyAside(which, suffix) };
  } catch (error) {
    return { ok: false, reason: errorMessage(error) };
  }
}
