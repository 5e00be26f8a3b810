import type { Dispose } from '@shared/time/clock';

import type { IpcHandlers } from '../ipc/dispatcher';
import type { Broadcast } from '../platform/broadcast-port';
import type { SittingService } from './sitting-service-types';

/** The nudge and sitting channels' handlers. */
export function sittingHandlers(
  sitting: SittingService,
): Pick<IpcHandlers, 'getNudge' | 'answerNudge' | 'getSittingStatus'> {
  return {
    getNudge: () => sitting.nudge(),
    answerNudge: (reply) => {
      sitting.answer(reply);
      return null;
    },
    getSittingStatus: () => sitting.status(),
  };
}

/** Pushes nudges and status changes to every renderer. Returns the undo. */
export function broadcastSitting(sitting: SittingService, broadcast: Broadcast): Dispose {
  const undoNudge = sitting.subscribeNudge((nudge) => broadcast('nudge', nudge));
  const undoStatus = sitting.subscribe((status) => broadcast('sittingStatus', status));
  return () => {
    undoNudge();
    undoStatus();
  };
}
