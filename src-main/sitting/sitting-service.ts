import type { SignalKind } from '@shared/quiet/signal';
import * as act from '@shared/reminders/actions';
import type { NudgeAnswer, NudgeSnapshot, SittingStatus } from '@shared/reminders/nudge-schema';
import { planNextNudge, sittingMs } from '@shared/reminders/planner';
import { initialReminders } from '@shared/reminders/state';
import type { NudgePlan, PauseRequest, ReminderState } from '@shared/reminders/types';
import { samplingPresence } from '@shared/sitting/sampling';
import type { Instant, TrackerView } from '@shared/sitting/types';
import type { Dispose } from '@shared/time/clock';

import { guarded, tellEach } from '../platform/guarded';
import { formatClockTime, localTimeFrom, nextMorningWall } from '../platform/local-time';
import { silentLog } from '../platform/log-port';
import type { PowerEvent } from '../platform/power-port';
import { createIdleWatch } from './idle-watch';
import { createNudgePrompt } from './nudge-prompt';
import { samplingConfigFrom } from './sitting-config';
import type { SittingEvent, SittingService, SittingServiceDeps } from './sitting-service-types';
import { sameShownStatus, sittingStatusFrom } from './sitting-status';
import { createTrackerFeed } from './tracker-feed';
import { MIN_TIMER_MS, planWake, SAMPLE_EARLY_MS } from './wake-plan';

const MINUTE = 60_000;
/** If planning itself ever fails, try again this soon rather than never. */
const RETRY_AFTER_FAILURE_MS = MINUTE;

/**
 * Creates the service and takes the first idle reading. From then on exactly one timer is armed
 * (wake-plan.ts), for the earliest of: the next planned idle sample, the nudge deadline or
 * re-check, and the next change of the tray's rough line (of the minute line while a window
 * shows it). OS events re-plan at once; an unlock or a resume takes a reading on the way.
 * Whatever a listener, the notifier or a window throws is logged and the timer is armed anyway:
 * one failure must not end every reminder until the next power event.
 */
export function createSittingService(deps: SittingServiceDeps): SittingService {
  const { clock, timers } = deps;
  const log = deps.log ?? silentLog;
  const localTime = deps.localTimeFrom ?? localTimeFrom;
  const formatTime = deps.formatTime ?? formatClockTime;
  const nextMorning =
    deps.nextMorning ?? ((wall: number) => nextMorningWall(wall, config.morningTime));
  const now = (): Instant => {
    const at: Instant = { wall: clock.now(), mono: clock.monotonic() };
    const boot = clock.sinceBoot?.();
    return boot === undefined || !Number.isFinite(boot) ? at : { ...at, boot };
  };

  let config = deps.getConfig();
  let reminders: ReminderState = initialReminders;
  let sampleDueMono = Number.NEGATIVE_INFINITY;
  let shown: SittingStatus | undefined;
  let disarm: Dispose | undefined;
  const listeners = new Set<(status: SittingStatus) => void>();
  const prompt = createNudgePrompt({
    notifier: deps.notifier,
    windows: deps.windows,
    onNotificationClick: () => answer({ action: 'stretch' }),
    log,
  });
  /** Why the nudge on screen was held before it came, for the history. */
  let heldFor: readonly SignalKind[] = [];
  let loggedJumpAtMono: number | null = null;
  /** Windows showing the whole-minute line: while any is open, the status refreshes each minute. */
  let minuteWatchers = 0;
  let disposed = false;
  const watch = createIdleWatch({
    idle: deps.idle,
    timers,
    log,
    desktopSources: deps.idleSources,
    onSourceChange: () => {
      if (!disposed) refresh(now());
    },
  });

  /** A history listener's trouble is its own: it must never stop the sitting timer. */
  const tell = (event: SittingEvent) =>
    guarded(log, 'Recording sitting history', () => deps.onEvent?.(event));
  const feed = createTrackerFeed({
    start: now(),
    config: () => config,
    watch,
    quiet: deps.quiet,
    log,
    tell,
    onUserInput: deps.onUserInput,
    now,
    onLater: (at) => {
      if (!disposed) refresh(at);
    },
  });
  const apply = feed.apply;
  const readAndSample = feed.readAndSample;
  const viewAt = feed.view;
  const planAt = (view: TrackerView, at: Instant) =>
    planNextNudge(view, reminders, config.reminders, at, localTime);
  const statusAt = (view: TrackerView, plan: NudgePlan, at: Instant) =>
    sittingStatusFrom(
      { view, plan, reminders, settings: config.reminders, at, formatTime },
      {
        heldText: deps.quiet?.holdText() ?? null,
        inMeeting: deps.quiet ? deps.quiet.meeting(at.wall) !== null : false,
      },
    );

  function showNudge(view: TrackerView, at: Instant): void {
    if (prompt.current()) tell({ type: 'nudge-ignored', heldFor });
    heldFor = deps.quiet?.heldReasons() ?? [];
    reminders = act.nudgeShown(reminders, view, at, config.reminders);
    const nudge: NudgeSnapshot = {
      sittingMs: sittingMs(view, reminders, at),
      repeat: Math.max(0, reminders.unanswered - 1),
      snoozeMinutes: config.reminders.snoozeOptionsMs.map((ms) => ms / MINUTE),
    };
    prompt.show(nudge, config.delivery);
  }

  /**
   * After anything happened: nudge or withdraw, re-arm, then tell listeners what changed. Never
   * throws: if planning fails, it is logged and tried again in a minute.
   */
  function refresh(at: Instant): void {
    try {
      plan(at);
    } catch (error) {
      log.error('Planning the next nudge failed', error);
      disarm?.();
      disarm = timers.setTimeout(wake, RETRY_AFTER_FAILURE_MS);
    }
  }

  function plan(at: Instant): void {
    const view = viewAt(at);
    logClockJump(view);
    // The bout the nudge was about is over (they took a break): nothing left to answer. The
    // nudge on screen is the last one shown, so it was shown at lastNudgeMono.
    const shownAtMono = prompt.current() ? reminders.lastNudgeMono : null;
    const boutEnded = view.bout === null || view.bout.startedAtMono > (shownAtMono ?? 0);
    if (shownAtMono !== null && boutEnded) {
      tell({ type: 'nudge-ignored', heldFor });
      prompt.dismiss();
    }
    let next = planAt(view, at);
    let heldUntilMono: number | null = null;
    if (next.kind === 'due' && next.dueAtMono <= at.mono) {
      // The moment may be wrong (a call, a presentation): the gate holds the nudge, and says
      // when to look again; the count goes on meanwhile.
      if (!deps.quiet || deps.quiet.nudgeDue(at) === 'deliver') {
        showNudge(view, at);
        next = planAt(view, at);
      } else {
        heldUntilMono = deps.quiet.nextCheckAtMono() ?? at.mono + MINUTE;
      }
    } else deps.quiet?.release();
    const { status, nextChangeAtMono, nextRoughChangeAtMono } = statusAt(view, next, at);
    if (shown && shown.idleDetection !== status.idleDetection) logIdleDetection(status);
    const minutes = minuteWatchers > 0;
    const changed = shown === undefined || !sameShownStatus(shown, status, minutes);
    shown = status;
    arm(view, next, minutes ? nextChangeAtMono : nextRoughChangeAtMono, at, heldUntilMono);
    if (changed) tellEach(listeners, status, log, 'A sitting status listener');
  }

  /** A clock set by hand or an unnoticed sleep explains a surprising bout: worth a line. */
  function logClockJump(view: TrackerView): void {
    if (view.lastClockJumpAtMono === null || view.lastClockJumpAtMono === loggedJumpAtMono) return;
    loggedJumpAtMono = view.lastClockJumpAtMono;
    const minutes = Math.round((view.lastClockJumpMs ?? 0) / MINUTE);
    log.info(`The wall clock moved ${minutes > 0 ? '+' : ''}${minutes} min against real time`);
  }

  function logIdleDetection(status: SittingStatus): void {
    if (status.idleDetection === 'stuck') {
      log.warn('Idle detection looks stuck: nudges now come at plain intervals of sitting');
      // XWayland reads 0 for ever: the desktop's own idle monitor may still answer.
      watch.lookForDesktopSource();
    } else log.info('Idle detection works again');
  }

  function arm(
    view: TrackerView,
    plan: NudgePlan,
    refreshAtMono: number | null,
    at: Instant,
    heldUntilMono: number | null,
  ) {
    disarm?.();
    const wakePlan = planWake({
      view,
      plan,
      presence: samplingPresence(feed.state()),
      nowMono: at.mono,
      refreshAtMono,
      heldUntilMono,
      extraReadingAtMono: watch.extraReadingAtMono(),
      sampling: samplingConfigFrom(config),
    });
    sampleDueMono = wakePlan.sampleDueMono;
    disarm = timers.setTimeout(wake, Math.max(MIN_TIMER_MS, wakePlan.wakeAtMono - at.mono));
  }

  function wake(): void {
    disarm = undefined;
    const at = now();
    // Awake anyway: a sample due soon is taken now, so samples and refreshes share wakeups.
    // One that comes from D-Bus re-plans when it arrives: a nudge waits for a fresh reading.
    if (at.mono >= sampleDueMono - SAMPLE_EARLY_MS && !readAndSample(at)) return;
    refresh(at);
  }

  function onPower(event: PowerEvent): void {
    const at = now();
    watch.power(event, at.mono);
    apply({ type: event, at });
    // Back at the lock screen's password or the lid: a reading costs no extra wakeup now.
    if ((event === 'unlock' || event === 'resume') && !readAndSample(at)) return;
    refresh(at);
  }

  function answer(reply: NudgeAnswer): void {
    const at = now();
    const settings = config.reminders;
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
    refresh(at);
  }

  const unsubscribePower = deps.power.subscribe(onPower);
  const start = now();
  readAndSample(start);
  refresh(start);

  return {
    status() {
      const at = now();
      const view = viewAt(at);
      return statusAt(view, planAt(view, at), at).status;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    nudge: () => prompt.current(),
    subscribeNudge: (listener) => prompt.subscribe(listener),
    answer,
    pause(choice) {
      const at = now();
      let request: PauseRequest;
      if (choice === 'until-morning')
        request = { kind: 'until-morning', untilWall: nextMorning(at.wall) };
      else if (Number.isFinite(choice.minutes) && choice.minutes > 0)
        request = { kind: 'for', ms: choice.minutes * MINUTE };
      else throw new Error(`A pause needs a length in minutes, not ${choice.minutes}.`);
      reminders = act.pause(reminders, at, request, config.reminders);
      prompt.dismiss();
      refresh(at);
    },
    resume() {
      const at = now();
      reminders = act.resume(reminders, at, config.reminders);
      refresh(at);
    },
    routineCompleted() {
      const at = now();
      apply({ type: 'routine-completed', at });
      refresh(at);
    },
    reconfigure() {
      config = deps.getConfig();
      refresh(now());
    },
    quietChanged() {
      // A reading put off until the detectors answered is taken again now that they have.
      const at = now();
      if (!feed.awaitsAnswers() || readAndSample(at)) refresh(at);
    },
    watchMinutes() {
      minuteWatchers++;
      refresh(now());
      let done = false;
      return () => {
        if (done) return;
        done = true;
        minuteWatchers--;
        if (!disposed) refresh(now());
      };
    },
    idleSource: () => watch.sourceName(),
    dispose() {
      disposed = true;
      disarm?.();
      disarm = undefined;
      unsubscribePower();
      prompt.dismiss();
      listeners.clear();
    },
  };
}
