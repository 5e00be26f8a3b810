import type { SignalKind } from '@shared/quiet/signal';
import * as act from '@shared/reminders/actions';
import type { NudgeAnswer, NudgeSnapshot } from '@shared/reminders/nudge-schema';
import { planNextNudge, sittingMs } from '@shared/reminders/planner';
import { initialReminders } from '@shared/reminders/state';
import type { NudgePlan, PauseRequest, ReminderState } from '@shared/reminders/types';
import type { Instant, TrackerView } from '@shared/sitting/types';

import { guarded } from '../platform/guarded';
import { localTimeFrom, nextMorningWall } from '../platform/local-time';
import type { LogPort } from '../platform/log-port';
import { createNudgePrompt } from './nudge-prompt';
import type { SittingConfig } from './sitting-config';
import type {
  PauseChoice,
  SittingEvent,
  SittingService,
  SittingServiceDeps,
} from './sitting-service-types';

const MINUTE = 60_000;

/**
 * The reminders' state and all that changes it: a nudge shown, held by the quiet gate or taken
 * away when its bout ends, and the user's answers, pauses and resumes. It tells the history what
 * became of each nudge. Apart from the timer and the tracker, so each of those rules reads alone.
 */
export interface ReminderKeeper {
  state(): ReminderState;
  /** The next nudge as the planner sees it, with nothing shown or withdrawn. */
  plan(view: TrackerView, at: Instant): NudgePlan;
  /**
   * Takes away a nudge whose bout is over, shows one that is due (unless the quiet gate holds
   * it), and says what comes next: the plan, and when a held nudge is looked at again.
   */
  settle(view: TrackerView, at: Instant): { plan: NudgePlan; heldUntilMono: number | null };
  nudge: SittingService['nudge'];
  subscribeNudge: SittingService['subscribeNudge'];
  /** @throws Error when a snooze's `minutes` is not one of the configured choices. */
  answer(reply: NudgeAnswer, at: Instant): void;
  /** @throws Error for a pause of no length. */
  pause(choice: PauseChoice, at: Instant): void;
  resume(at: Instant): void;
  /** Takes the nudge away without an answer (the service stops). */
  dismiss(): void;
}

export type ReminderKeeperDeps = Pick<
  SittingServiceDeps,
  'notifier' | 'windows' | 'quiet' | 'openDeskBreak' | 'localTimeFrom' | 'nextMorning'
> & {
  config: () => SittingConfig;
  /** A click on the notification: the service answers "stretch" and re-plans. */
  onNotificationClick: () => void;
  tell: (event: SittingEvent) => void;
  log: LogPort;
};

export function createReminderKeeper(deps: ReminderKeeperDeps): ReminderKeeper {
  const { config, quiet, tell, log } = deps;
  const localTime = deps.localTimeFrom ?? localTimeFrom;
  const nextMorning =
    deps.nextMorning ?? ((wall: number) => nextMorningWall(wall, config().morningTime));
  let reminders: ReminderState = initialReminders;
  /** Why the nudge on screen was held before it came, for the history. */
  let heldFor: readonly SignalKind[] = [];
  const prompt = createNudgePrompt(deps);
  const plan = (view: TrackerView, at: Instant) =>
    planNextNudge(view, reminders, config().reminders, at, localTime);

  function show(view: TrackerView, at: Instant): void {
    if (prompt.current()) tell({ type: 'nudge-ignored', heldFor });
    heldFor = quiet?.heldReasons() ?? [];
    const settings = config().reminders;
    reminders = act.nudgeShown(reminders, view, at, settings);
    const nudge: NudgeSnapshot = {
      sittingMs: sittingMs(view, reminders, at),
      repeat: Math.max(0, reminders.unanswered - 1),
      snoozeMinutes: settings.snoozeOptionsMs.map((ms) => ms / MINUTE),
    };
    prompt.show(nudge, config().delivery);
  }

  return {
    state: () => reminders,
    plan,
    settle(view, at) {
      // The bout the nudge was about is over (they took a break): nothing left to answer. The
      // nudge on screen is the last one shown, so it was shown at lastNudgeMono.
      const shownAtMono = prompt.current() ? reminders.lastNudgeMono : null;
      const boutEnded = view.bout === null || view.bout.startedAtMono > (shownAtMono ?? 0);
      if (shownAtMono !== null && boutEnded) {
        tell({ type: 'nudge-ignored', heldFor });
        prompt.dismiss();
      }
      const next = plan(view, at);
      if (next.kind !== 'due' || next.dueAtMono > at.mono) {
        quiet?.release();
        return { plan: next, heldUntilMono: null };
      }
      // The moment may be wrong (a call, a presentation): the gate holds the nudge, and says
      // when to look again; the count goes on meanwhile.
      if (quiet && quiet.nudgeDue(at) !== 'deliver')
        return { plan: next, heldUntilMono: quiet.nextCheckAtMono() ?? at.mono + MINUTE };
      show(view, at);
      return { plan: plan(view, at), heldUntilMono: null };
    },
    nudge: prompt.current,
    subscribeNudge: prompt.subscribe,
    answer(reply, at) {
      const settings = config().reminders;
      if (reply.action === 'snooze' && !settings.snoozeOptionsMs.includes(reply.minutes * MINUTE)) {
        const choices = settings.snoozeOptionsMs.map((ms) => ms / MINUTE).join(', ');
        throw new Error(`Snooze for one of ${choices} minutes, not ${reply.minutes}.`);
      }
      if (prompt.current()) {
        if (reply.action === 'snooze')
          reminders = act.snooze(reminders, at, reply.minutes * MINUTE, settings);
        else if (reply.action === 'skip') reminders = act.skip(reminders, at, settings);
        else reminders = act.stretchTaken(reminders, at, settings);
        prompt.dismiss();
        tell({ type: 'nudge-answered', answer: reply, heldFor });
      }
      if (reply.action === 'stretch') guarded(log, 'Opening the desk break', deps.openDeskBreak);
    },
    pause(choice, at) {
      let request: PauseRequest;
      if (choice === 'until-morning')
        request = { kind: 'until-morning', untilWall: nextMorning(at.wall) };
      else if (Number.isFinite(choice.minutes) && choice.minutes > 0)
        request = { kind: 'for', ms: choice.minutes * MINUTE };
      else throw new Error(`A pause needs a length in minutes, not ${choice.minutes}.`);
      reminders = act.pause(reminders, at, request, config().reminders);
      prompt.dismiss();
    },
    resume(at) {
      reminders = act.resume(reminders, at, config().reminders);
    },
    dismiss: prompt.dismiss,
  };
}
