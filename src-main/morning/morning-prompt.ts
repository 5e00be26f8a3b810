import type { Dispose } from '@shared/time/clock';
import type { Broadcast } from '../platform/broadcast-port';
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
}

/**
 * Shows a morning offer as a notification and in the prompt window (which never takes focus),
 * and takes both away again. The window learns of the offer by the 'morningOffer' event.
 */
export function createMorningPrompt(deps: MorningPromptDeps): MorningPrompt {
  let dismissNotification: Dispose | undefined;
  let shown = false;
  return {
    show(offer: MorningOffer) {
      dismissNotification?.();
      dismissNotification = deps.notifier.show({
        title: offer.title,
        body: offer.body,
        onClick: deps.onNotificationClick,
      });
      shown = true;
      deps.broadcast('morningOffer', { ...offer });
      deps.windows.showNudge();
    },
    close() {
      dismissNotification?.();
      dismissNotification = undefined;
      if (!shown) return;
      shown = false;
      deps.broadcast('morningOffer', null);
      if (!deps.nudgeWaiting()) deps.windows.closeNudge();
    },
  };
}
