import type { LoginItemPort, LoginState } from './login-state';

/**
 * Start at login kept in memory: what the unit harness runs on when it passes no port of its
 * own. It does what it is asked, as a plain install would.
 */
export function createMemoryLoginItem(initial: LoginState = { enabled: false }): LoginItemPort {
  let state = initial;
  return {
    read: async () => state,
    write: async (enabled) => (state = { enabled }),
  };
}
