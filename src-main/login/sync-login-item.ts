import type { Settings } from '@shared/settings/schema';
import type { Dispose } from '@shared/time/clock';

import type { LoginItemPort, LoginState } from './login-state';

/** Anything holding settings that change: the settings store. */
export interface SettingsSource {
  get(): Settings;
  subscribe(listener: (settings: Settings) => void): Dispose;
}

export interface LoginItemSync {
  /** The state last read back from the OS; undefined until the first read finishes. */
  current(): LoginState | undefined;
  /** Hears every state read back, for the settings window. */
  subscribe(listener: (state: LoginState) => void): Dispose;
  /** Settles once every change asked for so far has reached the OS and been read back. */
  settled(): Promise<void>;
  dispose: Dispose;
}

/**
 * Keeps "start at login" in step with the setting, at startup and on every change, and
 * publishes what the OS reports back. The OS is written only when it disagrees, so startup
 * doesn't rewrite a registry key or a login item each time; operations run one at a time, so a
 * quick on-off-on ends where the user left it.
 */
export function syncLoginItem(port: LoginItemPort, settings: SettingsSource): LoginItemSync {
  let state: LoginState | undefined;
  let queue: Promise<void> = Promise.resolve();
  let wanted = settings.get().startAtLogin;
  const listeners = new Set<(state: LoginState) => void>();

  const publish = (next: LoginState) => {
    state = next;
    for (const listener of listeners) listener(next);
  };

  const apply = (want: boolean) => {
    queue = queue.then(async () => {
      try {
        const seen = await port.read();
        publish(seen.enabled === want ? seen : await port.write(want));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        publish({
          enabled: false,
          note: `Limber couldn't check whether it starts at login: ${reason}`,
        });
      }
    });
  };

  apply(wanted);
  const unsubscribe = settings.subscribe(({ startAtLogin }) => {
    if (startAtLogin === wanted) return; // another setting changed
    wanted = startAtLogin;
    apply(wanted);
  });

  return {
    current: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    settled: () => queue,
    dispose() {
      unsubscribe();
      listeners.clear();
    },
  };
}
