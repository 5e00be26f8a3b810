import type { NudgeSnapshot } from '@shared/reminders/nudge-schema';
import type { Dispose } from '@shared/time/clock';

import { guarded, tellEach } from '../platform/guarded';
import type { LogPort } from '../platform/log-port';
import type { NotifierPort } from '../platform/notifier-port';
import type { NudgeWindowPort } from '../platform/windows-port';
import type { NudgeDelivery } from './sitting-config';

/** The nudge on screen: its notification and prompt window, shown and taken away together. */
export interface NudgePrompt {
  /** The nudge waiting for an answer, or null. */
  current(): NudgeSnapshot | null;
  /** Shows `nudge`, replacing the notification of one already shown (a repeat). */
  show(nudge: NudgeSnapshot, delivery: NudgeDelivery): void;
  /** Takes the nudge away: answered, or no longer true (the user left, or paused reminders). */
  dismiss(): void;
  /** Hears every nudge shown and every dismissal (as null). */
  subscribe(listener: (nudge: NudgeSnapshot | null) => void): Dispose;
}

export interface NudgePromptDeps {
  notifier: NotifierPort;
  windows: NudgeWindowPort;
  /** Clicking the notification: the user wants to stretch. */
  onNotificationClick: () => void;
  /** Where a notification or window that fails is logged: the other one still shows. */
  log: LogPort;
}

const MINUTE = 60_000;

/** The notification's words: how long they have sat, and what to do about it. */
function nudgeNotice(nudge: NudgeSnapshot): { title: string; body: string } {
  const minutes = Math.floor(nudge.sittingMs / MINUTE);
  const sat = minutes > 0 ? `You've been sitting for ${minutes} min.` : 'Time for a break.';
  return {
    title: nudge.repeat > 0 ? 'Still sitting? Time to stand up' : 'Time to stand up',
    body: `${sat} Click for a short desk stretch.`,
  };
}

/** Creates the prompt; nothing shows until `show`. */
export function createNudgePrompt(deps: NudgePromptDeps): NudgePrompt {
  let nudge: NudgeSnapshot | null = null;
  let closeNotification: Dispose | undefined;
  let promptOpen = false;
  const listeners = new Set<(nudge: NudgeSnapshot | null) => void>();

  const { log } = deps;
  const emit = () => tellEach(listeners, nudge, log, 'A nudge listener');
  const closeShownNotification = () => {
    const close = closeNotification;
    closeNotification = undefined;
    if (close) guarded(log, 'Closing the nudge notification', close);
  };

  // Each way of telling the user stands alone: a notifier that throws still leaves the prompt.
  return {
    current: () => nudge,
    show(next, delivery) {
      closeShownNotification();
      nudge = next;
      closeNotification = guarded(log, 'Showing the nudge notification', () =>
        deps.notifier.show({ ...nudgeNotice(next), onClick: deps.onNotificationClick }),
      );
      if (delivery === 'notification-and-prompt') {
        promptOpen = true;
        guarded(log, 'Showing the nudge prompt', () => deps.windows.showNudge());
      } else if (promptOpen) {
        promptOpen = false; // delivery changed since the last one
        guarded(log, 'Closing the nudge prompt', () => deps.windows.closeNudge());
      }
      emit();
    },
    dismiss() {
      if (!nudge) return;
      closeShownNotification();
      if (promptOpen) guarded(log, 'Closing the nudge prompt', () => deps.windows.closeNudge());
      promptOpen = false;
      nudge = null;
      emit();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
