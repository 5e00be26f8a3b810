import type { QuietStatus } from '@shared/quiet/quiet-schema';
import type { QuietToggles } from '@shared/quiet/quiet-settings';
import { type Answers, DETECTED_KINDS } from '@shared/quiet/signal';
import type { Clock } from '@shared/time/clock';

import type { AppActions } from '../app/app-actions';
import type { IpcHandlers } from '../ipc/dispatcher';
import type { QuietGate } from './quiet-gate';

/** Each signal as last seen, for the settings window's live "Quiet when…" section. */
export function quietStatusFrom(
  answers: Answers,
  toggles: QuietToggles,
  gate: QuietGate,
  nowWall: number,
): QuietStatus {
  return {
    signals: DETECTED_KINDS.map((kind) => {
      const answer = answers[kind];
      if (!toggles[kind] || !answer) return { kind, enabled: toggles[kind], state: 'unchecked' };
      return answer.state === 'unknown'
        ? { kind, enabled: true, state: 'unknown', why: answer.why }
        : { kind, enabled: true, state: answer.state };
    }),
    meeting: gate.meeting(nowWall),
  };
}

/** "Quiet when…", "In a meeting" and the tray's actions for the status window. */
export function quietHandlers(deps: {
  gate: QuietGate;
  clock: Clock;
  toggles: () => QuietToggles;
  actions: AppActions;
}): Pick<IpcHandlers, 'checkQuiet' | 'setMeeting' | 'runAppAction'> {
  const { gate, actions } = deps;
  return {
    checkQuiet: async () => {
      const answers = await gate.refresh();
      return quietStatusFrom(answers, deps.toggles(), gate, deps.clock.now());
    },
    setMeeting: ({ choice }) => {
      actions.setMeeting(choice);
      return null;
    },
    runAppAction: (request) => {
      if (request.action === 'morning') actions.startMorningRoutine();
      else if (request.action === 'desk-break') actions.startDeskBreak();
      else if (request.action === 'settings') actions.openSettings();
      else if (request.action === 'history') actions.openHistory();
      else if (request.action === 'resume') actions.resumeReminders();
      else if (request.action === 'routine') actions.startRoutine(request.routineId);
      else actions.pauseReminders(request.choice);
      return null;
    },
  };
}
