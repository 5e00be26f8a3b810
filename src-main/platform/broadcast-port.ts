import type { EventName } from '@shared/ipc/channels';
import type { EventPayload } from '@shared/ipc/contract';

/** Pushes an event to every renderer. */
export type Broadcast = <K extends EventName>(event: K, payload: EventPayload<K>) => void;
