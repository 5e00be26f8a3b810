import { samplingPresence } from '@shared/sitting/sampling';
import type { Instant } from '@shared/sitting/types';
import type { Clock } from '@shared/time/clock';

import { guarded } from '../platform/guarded';
import { silentLog } from '../platform/log-port';
import type { PowerEvent } from '../platform/power-port';
import { createIdleWatch } from './idle-watch';
import { createReminderKeeper } from './reminder-keeper';
import { samplingConfigFrom } from './sitting-config';
import { createSittingNotices } from './sitting-notices';
import type { SittingEvent, SittingService, SittingServiceDeps } from './sitting-service-types';
import { createStatusPublisher } from './status-publisher';
import { createTrackerFeed } from './tracker-feed';
import { createWakeLoop } from './wake-loop';

/** Now on every clock the tracker reads; time since boot only where the platform has it. */
function instantOf(clock: Clock): Instant {
  const at: Instant = { wall: clock.now(), mono: clock.monotonic() };
  const boot = clock.sinceBoot?.();
  return boot === undefined || !Number.isFinite(boot) ? at : { ...at, boot };
}

/**
 * Creates the service and takes the first idle reading. From then on exactly one timer is armed
 * (wake-loop.ts; when, wake-plan.ts), for the earliest of: the next planned idle sample, the
 * nudge deadline or re-check, and the next change of the tray's rough line (of the minute line
 * while a window shows it). OS events re-plan at once; an unlock or a resume takes a reading on the way.
 * Whatever a listener, the notifier or a window throws is logged and the timer is armed anyway:
 * one failure must not end every reminder until the next power event.
 */
export function createSittingService(deps: SittingServiceDeps): SittingService {
  const log = deps.log ?? silentLog;
  const now = () => instantOf(deps.clock);
  let config = deps.getConfig();
  let disposed = false;
  /** For what comes in later (a reading, a source, a window closing): nothing after dispose. */
  const replan = (at = now()) => {
    if (!disposed) loop.refresh(at);
  };

  /** A history listener's trouble is its own: it must never stop the sitting timer. */
  const tell = (event: SittingEvent) =>
    guarded(log, 'Recording sitting history', () => deps.onEvent?.(event));
  const watch = createIdleWatch({
    ...deps,
    log,
    desktopSources: deps.idleSources,
    onSourceChange: () => replan(),
  });
  const feed = createTrackerFeed({
    ...deps,
    start: now(),
    config: () => config,
    watch,
    log,
    tell,
    now,
    onLater: replan,
  });
  const reminders = createReminderKeeper({
    ...deps,
    config: () => config,
    onNotificationClick: () => answer({ action: 'stretch' }),
    tell,
    log,
  });
  const published = createStatusPublisher({
    ...deps,
    config: () => config,
    reminders: reminders.state,
    log,
  });
  const notices = createSittingNotices({
    log,
    // XWayland reads 0 for ever: the desktop's own idle monitor may still answer.
    onStuck: () => watch.lookForDesktopSource(),
  });
  const loop = createWakeLoop({ ...deps, log, now, plan, readAndSample: feed.readAndSample });

  /** After anything happened: nudge or withdraw, re-arm, then tell listeners what changed. */
  function plan(at: Instant): void {
    const view = feed.view(at);
    notices.observe(view);
    const { plan: next, heldUntilMono } = reminders.settle(view, at);
    const snapshot = published.snapshot(view, next, at);
    loop.arm({
      view,
      plan: next,
      presence: samplingPresence(feed.state()),
      nowMono: at.mono,
      refreshAtMono: published.refreshAtMono(snapshot),
      heldUntilMono,
      extraReadingAtMono: watch.extraReadingAtMono(),
      sampling: samplingConfigFrom(config),
    });
    published.publish(snapshot.status);
  }

  /** Does `change` as of now, then re-plans. */
  function after(change: (at: Instant) => void): void {
    const at = now();
    change(at);
    loop.refresh(at);
  }

  function onPower(event: PowerEvent): void {
    const at = now();
    watch.power(event, at.mono);
    feed.apply({ type: event, at });
    // Back at the lock screen's password or the lid: a reading costs no extra wakeup now.
    if ((event === 'unlock' || event === 'resume') && !feed.readAndSample(at)) return;
    loop.refresh(at);
  }

  const answer: SittingService['answer'] = (reply) => after((at) => reminders.answer(reply, at));

  const unsubscribePower = deps.power.subscribe(onPower);
  const start = now();
  feed.readAndSample(start);
  loop.refresh(start);

  return {
    status() {
      const at = now();
      const view = feed.view(at);
      return published.snapshot(view, reminders.plan(view, at), at).status;
    },
    subscribe: published.subscribe,
    nudge: reminders.nudge,
    subscribeNudge: reminders.subscribeNudge,
    answer,
    pause: (choice) => after((at) => reminders.pause(choice, at)),
    resume: () => after((at) => reminders.resume(at)),
    routineCompleted: () => after((at) => feed.apply({ type: 'routine-completed', at })),
    reconfigure() {
      config = deps.getConfig();
      loop.refresh(now());
    },
    quietChanged() {
      // A reading put off until the detectors answered is taken again now that they have.
      const at = now();
      if (!feed.awaitsAnswers() || feed.readAndSample(at)) loop.refresh(at);
    },
    watchMinutes: () => published.watchMinutes(replan),
    idleSource: () => watch.sourceName(),
    dispose() {
      disposed = true;
      loop.stop();
      unsubscribePower();
      reminders.dismiss();
      published.clear();
    },
  };
}
