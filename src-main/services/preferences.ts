import type { Preferences } from '../../shared/ipc/schemas';
import type { Dispose } from '../../shared/time/clock';

/** What a new user starts with: cues on at a moderate volume, safety note not yet seen. */
export const defaultPreferences: Readonly<Preferences> = Object.freeze({
  soundCues: true,
  cueVolume: 0.6,
  safetyNoteAcknowledged: false,
});

/** The user's preferences in memory. The settings store will persist them later. */
export interface PreferencesService {
  get(): Preferences;
  /** Applies the fields given; listeners hear about it only if something changed. */
  update(patch: Partial<Preferences>): Preferences;
  subscribe(listener: (preferences: Preferences) => void): Dispose;
}

/** Creates the service, starting from `initial` (defaults when omitted). */
export function createPreferences(initial: Preferences = defaultPreferences): PreferencesService {
  let current: Preferences = { ...initial };
  const listeners = new Set<(preferences: Preferences) => void>();
  return {
    get: () => ({ ...current }),
    update(patch) {
      const next = { ...current, ...definedFields(patch) };
      const changed = (Object.keys(next) as (keyof Preferences)[]).some(
        (key) => next[key] !== current[key],
      );
      current = next;
      if (changed) for (const listener of [...listeners]) listener({ ...current });
      return { ...current };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** `{ cueVolume: undefined }` means "not given", never "clear it". */
function definedFields(patch: Partial<Preferences>): Partial<Preferences> {
  return Object.fromEntries(
    Object.entries(patch).filter(([, value]) => value !== undefined),
  ) as Partial<Preferences>;
}
