import * as act from '@shared/reminders/actions';
import { isPaused } from '@shared/reminders/pause';
import { planNextNudge } from '@shared/reminders/planner';
import { initialReminders } from '@shared/reminders/state';
import type { NudgePlan, ReminderSettings, ReminderState } from '@shared/reminders/types';
import { isWorkTime } from '@shared/reminders/work-hours';
import { defaultSettings } from '@shared/settings/schema';
import { nextSampleAt } from '@shared/sitting/sampling';
import {
  applyEvent,
  defaultTrackerConfig,
  initialTracker,
  trackerView,
} from '@shared/sitting/tracker';
import type { Instant, TrackerState, TrackerView } from '@shared/sitting/types';

import { reminderSettingsFrom } from '../../../../src-main/sitting/sitting-config';
import { type Sleep, TraceClock } from './trace-clock';
import { utcLocalTime } from './utc-local-time';

const MIN = 60_000;

/** What the user does when a nudge appears. */
export type NudgeAnswer =
  | { type: 'snooze'; min: number }
  | { type: 'skip' }
  | { type: 'stretch'; lastsMin: number }
  | undefined;

/** Something that happens at a minute of the day, whatever the app does. */
export type Happening =
  | { type: 'lock' | 'unlock' | 'suspend' | 'resume' | 'routine-completed' }
  | { type: 'pause'; min: number }
  | { type: 'pause-until'; untilWall: number }
  | { type: 'resume-reminders' };

/** A scripted day. Minutes count real time from the start; the user types whenever not away. */
export interface DayScript {
  durationMin: number;
  /** [from, to) minutes with no keyboard or mouse input. */
  away?: [number, number][];
  sleeps?: Sleep[];
  /** The monotonic clock stops while asleep (Linux, macOS). */
  monoStopsInSleep?: boolean;
  /** Minute, and how far the wall clock is moved (ms, + forward). */
  clockJumps?: [number, number][];
  at?: [number, Happening][];
  idleStuck?: boolean;
  settings?: Partial<ReminderSettings>;
  onNudge?: (index: number, minute: number) => NudgeAnswer;
}

/** What came out of a day: nudge times, sample times (real minutes) and the final states. */
export interface DayResult {
  nudges: number[];
  samples: number[];
  /** At every nudge, the facts the rules forbid nudging under. */
  nudgeChecks: { paused: boolean; away: boolean; workTime: boolean }[];
  /** The tracker's view after every step; `realMs`: time really elapsed since the start. */
  views: { minute: number; realMs: number; view: TrackerView }[];
  tracker: TrackerState;
  reminders: ReminderState;
}

/**
 * Replays a day through the real tracker and planner the way the service will drive them: one
 * timer armed for min(next sample, next nudge or re-check), OS events as they come, and the
 * user's answers to each nudge. Counts every timer wakeup as a sample.
 */
export function runDay(script: DayScript): DayResult {
  const clock = new TraceClock(
    script.sleeps ?? [],
    script.monoStopsInSleep ?? false,
    script.clockJumps ?? [],
  );
  const settings = { ...reminderSettingsFrom(defaultSettings), ...script.settings };
  const away = script.away ?? [];
  const queue: [number, Happening][] = [...(script.at ?? [])].map(([m, h]) => [m * MIN, h]);
  for (const s of clock.sleeps) {
    if (s.reported !== false)
      queue.push([s.from * MIN, { type: 'suspend' }], [s.to * MIN, { type: 'resume' }]);
  }
  const result: DayResult = {
    nudges: [],
    samples: [],
    nudgeChecks: [],
    views: [],
    tracker: null as never,
    reminders: initialReminders,
  };
  let r = 0;
  let tracker = initialTracker(clock.instant(0));
  let rem: ReminderState = initialReminders;
  const lastInputReal = (t: number): number => {
    const gone = [...away, ...clock.sleeps.map((s): [number, number] => [s.from, s.to])]
      .map(([a, b]): [number, number] => [a * MIN, b * MIN])
      .find(([a, b]) => t >= a && t < b);
    return gone ? gone[0] : t;
  };
  const sample = (at: Instant) => {
    const idleS = script.idleStuck ? 0 : Math.floor((r - lastInputReal(r)) / 1000);
    tracker = applyEvent(tracker, { type: 'idle-sample', at, idleS }, defaultTrackerConfig);
    result.samples.push(r / MIN);
  };
  const plan = (at: Instant): NudgePlan =>
    planNextNudge(trackerView(tracker, at), rem, settings, at, utcLocalTime);
  const end = script.durationMin * MIN;
  sample(clock.instant(0));
  while (r < end) {
    const at = clock.instant(r);
    const p = plan(at);
    const nudgeMono = p.kind === 'due' ? p.dueAtMono : p.recheckAtMono;
    const sampleMono = nextSampleAt(
      trackerView(tracker, at),
      at.mono,
      p.kind === 'due' ? p.dueAtMono : null,
    );
    const wakeMono = nudgeMono === null ? sampleMono : Math.min(sampleMono, nudgeMono);
    const timerR = clock.realForMono(wakeMono, r);
    queue.sort((a, b) => a[0] - b[0]);
    const next = queue[0];
    if (next && next[0] <= timerR) {
      queue.shift();
      r = Math.max(r, next[0]);
      applyHappening(next[1], clock.instant(r));
    } else {
      r = timerR;
      if (r >= end) break;
      const now = clock.instant(r);
      sample(now);
      const due = plan(now);
      if (due.kind === 'due' && due.dueAtMono <= now.mono) nudge(now);
    }
    result.views.push({ minute: r / MIN, realMs: r, view: trackerView(tracker, clock.instant(r)) });
  }
  return { ...result, tracker, reminders: rem };

  function applyHappening(h: Happening, at: Instant): void {
    if (h.type === 'pause') rem = act.pause(rem, at, { kind: 'for', ms: h.min * MIN }, settings);
    else if (h.type === 'pause-until')
      rem = act.pause(rem, at, { kind: 'until-morning', untilWall: h.untilWall }, settings);
    else if (h.type === 'resume-reminders') rem = act.resume(rem, at, settings);
    else tracker = applyEvent(tracker, { type: h.type, at }, defaultTrackerConfig);
  }

  function nudge(at: Instant): void {
    const view = trackerView(tracker, at);
    result.nudges.push(r / MIN);
    result.nudgeChecks.push({
      paused: isPaused(rem, at),
      away: view.away,
      workTime: isWorkTime(at.wall, settings.workHours, utcLocalTime),
    });
    rem = act.nudgeShown(rem, view, at, settings);
    const answer = script.onNudge?.(result.nudges.length - 1, r / MIN);
    if (answer?.type === 'snooze') rem = act.snooze(rem, at, answer.min * MIN, settings);
    if (answer?.type === 'skip') rem = act.skip(rem, at, settings);
    if (answer?.type === 'stretch') {
      rem = act.stretchTaken(rem, at, settings);
      const doneR = r + answer.lastsMin * MIN;
      away.push([r / MIN, doneR / MIN]);
      queue.push([doneR, { type: 'routine-completed' }]);
    }
  }
}
