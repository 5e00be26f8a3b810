import type { Dispose } from '@shared/time/clock';

/** What the OS announces about the machine: sleep and wake, screen lock and unlock. */
export type PowerEvent = 'suspend' | 'resume' | 'lock' | 'unlock';

export interface PowerPort {
  subscribe(listener: (event: PowerEvent) => void): Dispose;
}
