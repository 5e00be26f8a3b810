import type { Dispose } from '@shared/time/clock';

import type { Broadcast } from '../platform/broadcast-port';
import { guarded } from '../platform/guarded';
import { type LogPort, silentLog } from '../platform/log-port';
import type { NotifierPort } from '../platform/notifier-port';
import type { NudgeWindowPort } from '../platform/windows-port';
import type { MorningOffer, MorningPrompt } from './morning-ports';

export interface MorningPromptDeps {
  notifier: NotifierPort;
  /** The offer shares the small prompt window with the stand-up nudge. */
  windows: NudgeWindowPort;
  broadcast: Broadcast;
  /** A click on the notification starts the routine. */
  onNotificationClick: () => void;
  /** A nudge still waiting keeps the shared window open when the offer goes. */
  nudgeWaiting: () => boolean;
  log?: LogPort;
}

/**
 * Shows a morning offer as a notification and in the prompt window (which never takes focus),
 * and takes both away again. The window learns of the offer by the 'morningOffer' event.
 */
export function createMorningPrompt(deps: MorningPromptDeps): MorningPrompt {
  let dismissNotification: Dispose | undefined;
  let shown = false;
  let pending: MorningOffer | null = null;
  const reveal = (offer: MorningOffer) => {
    dismissNotification?.();
    dismissNotification = deps.notifier.show({
      title: offer.title,
      body: offer.body,
      onClick: deps.onNotificationClick,
    });
    shown = true;
    deps.broadcast('morningOffer', { ...offer });
    deps.windows.showNudge();
  };
  return {
    show(offer: MorningOffer) {
      // An offer due at launch (a catch-up) is decided while the app is still being put
      // together: it appears once this turn ends, when the windows and the tray exist.
      pending = offer;
      queueMicrotask(() => {
        if (pending !== offer) return;
        pending = null;
        guarded(deps.log ?? silentLog, 'Showing the morning offer', () => reveal(offer));
      });
    },
    close() {
      pending = null;
      dismissNotification?.();
      dismissNotification = undefined;
      if (!shown) return;
      shown = false;
      deps.broadcast('morningOffer', null);
      if (!deps.nudgeWaiting()) deps.windows.closeNudge();
    },
  };
}
