import { sameData } from '@shared/settings/merge';
import type { Settings } from '@shared/settings/schema';
import type { Dispose } from '@shared/time/clock';

/** What a follower needs of the settings store: the current value and its changes. */
export interface SettingsFeedPort {
  get(): Settings;
  subscribe(listener: (settings: Settings) => void): Dispose;
}

/**
 * Calls `apply` with the part of the settings that `pick` derives, now and whenever that part
 * changes, and not when another setting does: a new volume must not re-plan the nudges.
 */
export function followSetting<T>(
  settings: SettingsFeedPort,
  pick: (settings: Settings) => T,
  apply: (value: T, first: boolean) => void,
): Dispose {
  let applied = pick(settings.get());
  apply(applied, true);
  return settings.subscribe((changed) => {
    const next = pick(changed);
    if (sameData(next, applied)) return;
    applied = next;
    apply(next, false);
  });
}
