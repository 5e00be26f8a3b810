import { errorMessage } from '@shared/errors/error-message';
import { migrate } from '@shared/settings/migrations';
import { CURRENT_SCHEMA_VERSION, defaultSettings, type Settings } from '@shared/settings/schema';
import type { SettingsFilePort, UnstampedNotice } from './settings-file-port';

/** What startup found in the settings file, and what the store may do with the file. */
export interface LoadedSettings {
  settings: Settings;
  /** Write `settings` back: they were migrated, recovered or cleaned of unknown fields. */
  save: boolean;
  /** Never write the file: it is from a newer Limber, or could not be read or set aside. */
  readOnly: boolean;
  /** The file's text when it was already current and valid (to refresh the last-good copy). */
  validText?: string;
  notices: UnstampedNotice[];
}

/**
 * Reads the settings file and decides, without ever losing what the user chose: a bad file is
 * moved aside before anything replaces it, and a file this version cannot read is left alone.
 * `stamp` names moved-aside copies (`settings.corrupt-<stamp>.json`).
 */
export function loadSettings(file: SettingsFilePort, stamp: string): LoadedSettings {
  let text: string | undefined;
  try {
    text = file.read();
  } catch (error) {
    const fallback = lastGood(file);
    return leaveFileAlone(fallback.settings, {
      kind: 'unreadable',
      message: `Limber could not read your settings file (${errorMessage(error)}). It is using ${fallback.label} for now and will not change that file.`,
    });
  }
  if (text === undefined)
    return { settings: defaultSettings, save: false, readOnly: false, notices: [] };

  const parsed = parseJson(text);
  const result =
    'reason' in parsed
      ? { error: { kind: 'invalid', message: parsed.reason } }
      : migrate(parsed.value);
  if ('error' in result) {
    if (result.error.kind === 'newer-version') {
      return leaveFileAlone(defaultSettings, {
        kind: 'newer-version',
        message: `${result.error.message} Limber is running on its defaults and will not change that file; changes made now last until you quit.`,
      });
    }
    return recover(file, stamp, result.error.message);
  }
  if (result.unknownFields.length > 0) {
    const fields = result.unknownFields.join(', ');
    const aside = tryMoveAside(file, `unknown-fields-${stamp}`);
    if (!aside.ok) {
      return leaveFileAlone(result.settings, {
        kind: 'unknown-fields',
        message: `Your settings file has fields this version does not know (${fields}), and a copy could not be made (${aside.reason}). Limber is using the rest and will not change that file.`,
      });
    }
    return {
      settings: result.settings,
      save: true,
      readOnly: false,
      notices: [
        {
          kind: 'unknown-fields',
          message: `Your settings file had fields this version does not know (${fields}). Everything else was kept, and the original file was saved as ${aside.path}.`,
        },
      ],
    };
  }
  const current = result.fromVersion === CURRENT_SCHEMA_VERSION;
  return {
    settings: result.settings,
    save: !current,
    readOnly: false,
    notices: [],
    ...(current ? { validText: text } : {}),
  };
}

/** A damaged file: set it aside, then carry on from the last good copy or the defaults. */
function recover(file: SettingsFilePort, stamp: string, reason: string): LoadedSettings {
  const fallback = lastGood(file);
  const aside = tryMoveAside(file, `corrupt-${stamp}`);
  if (!aside.ok) {
    return leaveFileAlone(fallback.settings, {
      kind: 'recovered',
      message: `Your settings file could not be used (${reason}) and could not be set aside (${aside.reason}). Limber is using ${fallback.label} and will not change that file.`,
    });
  }
  return {
    settings: fallback.settings,
    save: true,
    readOnly: false,
    notices: [
      {
        kind: 'recovered',
        message: `Your settings file was damaged (${reason}). Limber saved a copy as ${aside.path} and restored ${fallback.label}.`,
      },
    ],
  };
}

function lastGood(file: SettingsFilePort): { settings: Settings; label: string } {
  try {
    const text = file.readBackup();
    const parsed = text === undefined ? undefined : parseJson(text);
    const result = parsed && 'value' in parsed ? migrate(parsed.value) : undefined;
    if (result && 'settings' in result)
      return { settings: result.settings, label: 'your last saved settings' };
  } catch {
    // An unreadable backup is no worse than none: the defaults follow.
  }
  return { settings: defaultSettings, label: 'the default settings' };
}

function leaveFileAlone(settings: Settings, notice: UnstampedNotice): LoadedSettings {
  return { settings, save: false, readOnly: true, notices: [notice] };
}

function tryMoveAside(
  file: SettingsFilePort,
  suffix: string,
): { ok: true; path: string } | { ok: false; reason: string } {
  try {
    return { ok: true, path: file.moveAside(suffix) };
  } catch (error) {
    return { ok: false, reason: errorMessage(error) };
  }
}

function parseJson(text: string): { value: unknown } | { reason: string } {
  if (text.trim() === '') return { reason: 'the file is empty' };
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { reason: `it is not valid JSON: ${errorMessage(error)}` };
  }
}
