import type { SittingStatus } from '@shared/reminders/nudge-schema';
import type { Dispose } from '@shared/time/clock';
import type { Broadcast } from '../app/main-runtime';
import type { IpcHandlers } from '../ipc/dispatcher';
import type { SittingService } from './sitting-service-types';
import type { SittingServiceStatus } from './sitting-status';

/** The status as the contract sends it: the tray's refresh time stays in main. */
function toSittingStatus(status: SittingServiceStatus): SittingStatus {
  const { text, icon, boutMs, away, idleDetection } = status;
  return { text, icon, boutMs, away, idleDetection };
}

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
    getSittingStatus: () => toSittingStatus(sitting.status()),
  };
}

/** Pushes nudges and status changes to every renderer. Returns the undo. */
export function broadcastSitting(sitting: SittingService, broadcast: Broadcast): Dispose {
  const undoNudge = sitting.subscribeNudge((nudge) => broadcast('nudge', nudge));
  const undoStatus = sitting.subscribe((status) =>
    broadcast('sittingStatus', toSittingStatus(status)),
  );
  return () => {
    undoNudge();
    undoStatus();
  };
}
