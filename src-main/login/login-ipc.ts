import type { Dispose } from '@shared/time/clock';

import type { IpcHandlers } from '../ipc/dispatcher';
import type { Broadcast } from '../platform/broadcast-port';
import type { LoginItemSync } from './sync-login-item';

/** The settings window's view of start at login: the state the OS last reported. */
export function loginHandlers(login: LoginItemSync): Pick<IpcHandlers, 'getLoginState'> {
  return { getLoginState: () => login.current() ?? null };
}

/** Tells every window each state read back from the OS. Returns the undo. */
export function broadcastLogin(login: LoginItemSync, broadcast: Broadcast): Dispose {
  return login.subscribe((state) => broadcast('loginState', state));
}
