import { decideBusy } from '@shared/quiet/busy-policy';
import {
  clearHold,
  type HoldState,
  type HoldStep,
  nextCheckAtMono,
  nudgeFallsDue,
  recheck,
  releaseHold,
} from '@shared/quiet/hold';
import { callInProgress, idleDuringCall, wouldCompleteBreak } from '@shared/quiet/meeting-break';
import {
  type MeetingChoice,
  type MeetingMode,
  meetingSignal,
  startMeeting,
} from '@shared/quiet/meeting-mode';
import { defaultQuietToggles, type QuietToggles } from '@shared/quiet/quiet-settings';
import { heldNudgeText, holdStatusText } from '@shared/quiet/quiet-text';
import { type Answers, type DetectedKind, no, yes } from '@shared/quiet/signal';
import {
  applyEvent,
  defaultTrackerConfig,
  initialTracker,
  trackerView,
} from '@shared/sitting/tracker';
import type { Instant } from '@shared/sitting/types';
import type { Dispose } from '@shared/time/clock';

import { FakeClock } from '../../../../support/fake-clock';
import { FakeIdleSource } from '../../../../support/fake-os';

export const MIN = 60_000;

/**
 * A working day for the pure quiet rules, the way the integrator is to wire them: the real
 * tracker fed an idle reading every minute, camera and microphone consulted only when a reading
 * would complete a natural break, a nudge at the sitting limit going through the hold machine,
 * and one hold timer armed only while something is held. Nothing here is the sitting service;
 * it is the smallest loop that shows what a user would notice.
 */
export function createDeskDay(options: { limitMin?: number; toggles?: QuietToggles } = {}) {
  const limitMs = (options.limitMin ?? 45) * MIN;
  const toggles = options.toggles ?? defaultQuietToggles;
  const config = defaultTrackerConfig;
  const clock = new FakeClock();
  const start = clock.monotonic();
  const now = (): Instant => ({ wall: clock.now(), mono: clock.monotonic() });
  const user = new FakeIdleSource(clock, 2);
  const on = new Set<DetectedKind>();
  let meeting: MeetingMode = null;
  let tracker = initialTracker(now());
  let hold: HoldState = clearHold;
  let nudgedBoutMono: number | null = null;
  let disarmHold: Dispose | undefined;
  /** What the user saw: each nudge, with the minute it came and its text. */
  const shown: { minute: number; text: string }[] = [];
  /** Minutes of every OS check made for the hold (each would be a detectAll). */
  const holdChecks: number[] = [];
  const minute = () => (clock.monotonic() - start) / MIN;

  const answers = (): Answers => {
    const result: Answers = { manual: meetingSignal(meeting, clock.now()) };
    for (const kind of ['camera', 'microphone', 'screencast', 'fullscreen', 'dnd'] as const) {
      if (toggles[kind]) result[kind] = on.has(kind) ? yes : no;
    }
    return result;
  };

  function apply(step: HoldStep): void {
    hold = step.state;
    if (step.effect === 'deliver') {
      const bout = trackerView(tracker, now(), config).bout;
      shown.push({ minute: minute(), text: heldNudgeText(bout?.lengthMs ?? 0) });
    }
    disarmHold?.();
    disarmHold = undefined;
    const checkAt = nextCheckAtMono(hold);
    if (checkAt !== null) {
      disarmHold = clock.setTimeout(() => {
        holdChecks.push(minute());
        apply(recheck(hold, decideBusy(answers(), toggles), clock.monotonic()));
      }, checkAt - clock.monotonic());
    }
  }

  function sample(): void {
    const at = now();
    let idleS = user.idleSeconds();
    const before = trackerView(tracker, at, config);
    if (wouldCompleteBreak(before.lastInputMono, at.mono, idleS, config.naturalBreakMs)) {
      idleS = idleDuringCall(idleS, callInProgress(answers(), toggles));
    }
    tracker = applyEvent(tracker, { type: 'idle-sample', at, idleS }, config);
    const view = trackerView(tracker, at, config);
    if (!view.bout) {
      apply({ state: releaseHold(), effect: 'none' });
      nudgedBoutMono = null;
    } else if (view.bout.lengthMs >= limitMs && nudgedBoutMono !== view.bout.startedAtMono) {
      nudgedBoutMono = view.bout.startedAtMono;
      const step = nudgeFallsDue(hold, decideBusy(answers(), toggles), at.mono);
      if (step.effect === 'deliver')
        shown.push({ minute: minute(), text: heldNudgeText(view.bout.lengthMs) });
      apply({ ...step, effect: 'none' });
    }
    clock.setTimeout(sample, MIN);
  }
  clock.setTimeout(sample, MIN);

  return {
    clock,
    user,
    shown,
    holdChecks,
    minute,
    /** Moves on to `toMinute` (since the start), running every sample and check on the way. */
    until(toMinute: number) {
      clock.advance(toMinute * MIN - (clock.monotonic() - start));
    },
    set(kind: DetectedKind, value: boolean) {
      if (value) on.add(kind);
      else on.delete(kind);
    },
    chooseMeeting(choice: MeetingChoice) {
      meeting = startMeeting(choice, clock.now());
    },
    tray: () => holdStatusText(hold),
    history: () => trackerView(tracker, now(), config).history,
    bout: () => trackerView(tracker, now(), config).bout,
  };
}
