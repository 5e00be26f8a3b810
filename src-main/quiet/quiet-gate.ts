import { type BusyDecision, decideBusy } from '@shared/quiet/busy-policy';
import { clearHold, type HoldState, nextCheckAtMono, nudgeFallsDue } from '@shared/quiet/hold';
import { callInProgress, idleDuringCall, wouldCompleteBreak } from '@shared/quiet/meeting-break';
import {
  meetingActive,
  type MeetingChoice,
  meetingEndsAtWall,
  type MeetingMode,
  meetingSignal,
  settleMeeting,
  startMeeting,
} from '@shared/quiet/meeting-mode';
import { enabledKinds, type QuietToggles } from '@shared/quiet/quiet-settings';
import { holdStatusText } from '@shared/quiet/quiet-text';
import type { Answers, DetectedKind, SignalKind } from '@shared/quiet/signal';
import type { Instant } from '@shared/sitting/types';
import type { Clock, Dispose, Timers } from '@shared/time/clock';

import { detectAll } from './detect-all';
import type { BusyDetector } from './quiet-ports';

/** Answers older than this are asked again before they decide anything. */
const FRESH_MS = 5_000;
/** How long a decision may wait for the detectors: their own 2 s limit, and a margin. */
const DETECT_WAIT_MS = 2_500;

export interface QuietGateDeps {
  clock: Clock;
  timers: Timers;
  /** The detectors for the kinds asked: the "Quiet when…" switches that are on. */
  detectorsFor: (kinds: readonly DetectedKind[]) => readonly BusyDetector[];
  toggles: () => QuietToggles;
  /** Fresh answers arrived, or "In a meeting" changed: the owner decides again now. */
  onChange: () => void;
}

/**
 * Decides whether a reminder may show now, without ever making the sitting service wait: it
 * answers at once from answers at most a few seconds old, and otherwise asks the detectors in
 * the background (never more than about 2 s) and calls `onChange` when they have answered. The
 * OS is asked only when it matters: a nudge falls due, a nudge is held (about once a minute),
 * or an absence would complete a natural break. Nothing polls while nothing is held.
 */
export interface QuietGate {
  /** A nudge is due at `at`: 'deliver' shows it now, 'held' keeps it back. */
  nudgeDue(at: Instant): 'deliver' | 'held';
  /** The held nudge is gone (answered, the bout ended, reminders paused): nothing held. */
  release(): void;
  /** When the owner should look again while a nudge is held or answers are awaited. */
  nextCheckAtMono(): number | null;
  /** The tray's line while a nudge is held: "Holding your reminder: camera in use". */
  holdText(): string | null;
  /** Why the last delivered nudge was held, for the history (empty when it was not held). */
  heldReasons(): readonly SignalKind[];
  /**
   * The idle reading to give the tracker: capped while a call is on (camera or microphone), so
   * an hour-long silent call is sitting, not a break. Asks the detectors when this reading would
   * complete a natural break and the answers are stale; until they answer it counts as sitting.
   */
  idleForTracker(idleS: number, lastInputMono: number | null, at: Instant, breakMs: number): number;
  /**
   * Whether the detectors are being asked now: a reading held as sitting meanwhile should not be
   * kept, but read again when they answer (`onChange`).
   */
  asking(): boolean;
  /** "In a meeting" from the tray or the command line; 'off' ends it. */
  setMeeting(choice: MeetingChoice | 'off', nowWall: number): void;
  meeting(nowWall: number): MeetingMode;
  /** Whether the user is busy as last seen (the morning offer waits while they are). */
  isBusy(nowWall: number): boolean;
  /** The latest answer of every detector, for `limber status` and the settings. */
  answers(): Answers;
  /** Asks every enabled detector now; resolves when they have answered. */
  refresh(): Promise<Answers>;
  dispose(): void;
}

export function createQuietGate(deps: QuietGateDeps): QuietGate {
  let hold: HoldState = clearHold;
  let latest: Answers = {};
  let latestAtMono = Number.NEGATIVE_INFINITY;
  let inFlight: Promise<Answers> | null = null;
  let waitingUntilMono: number | null = null;
  let meeting: MeetingMode = null;
  let reasonsOfHold: readonly SignalKind[] = [];
  let deliveredReasons: readonly SignalKind[] = [];
  let meetingTimer: Dispose | undefined;

  const kinds = () => enabledKinds(deps.toggles());
  const fresh = (atMono: number) => atMono - latestAtMono <= FRESH_MS;
  const decision = (nowWall: number): BusyDecision =>
    decideBusy({ ...latest, manual: meetingSignal(meeting, nowWall) }, deps.toggles());

  function ask(atMono: number): Promise<Answers> {
    if (inFlight) return inFlight;
    waitingUntilMono = atMono + DETECT_WAIT_MS;
    inFlight = detectAll(deps.detectorsFor(kinds()), { timers: deps.timers })
      .catch((): Answers => ({}))
      .then((answers) => {
        latest = answers;
        latestAtMono = deps.clock.monotonic();
        inFlight = null;
        waitingUntilMono = null;
        deps.onChange();
        return answers;
      });
    return inFlight;
  }

  return {
    nudgeDue(at) {
      meeting = settleMeeting(meeting, at.wall);
      // No switch on, or no detector for this OS: nothing can hold a nudge but a meeting.
      const nothingToAsk = deps.detectorsFor(kinds()).length === 0;
      if (hold.kind === 'clear' && nothingToAsk && !meetingActive(meeting, at.wall)) {
        deliveredReasons = [];
        return 'deliver';
      }
      if (!nothingToAsk && !fresh(at.mono)) {
        void ask(at.mono);
        return 'held';
      }
      const now = decision(at.wall);
      if (now.busy) reasonsOfHold = [...new Set([...reasonsOfHold, ...now.reasons])];
      const step = nudgeFallsDue(hold, now, at.mono);
      hold = step.state;
      if (step.effect !== 'deliver') return 'held';
      deliveredReasons = reasonsOfHold;
      reasonsOfHold = [];
      hold = clearHold;
      return 'deliver';
    },
    release() {
      hold = clearHold;
      reasonsOfHold = [];
    },
    nextCheckAtMono() {
      const times = [waitingUntilMono, nextCheckAtMono(hold)].filter(
        (t): t is number => t !== null,
      );
      return times.length > 0 ? Math.min(...times) : null;
    },
    holdText: () => holdStatusText(hold),
    heldReasons: () => deliveredReasons,
    idleForTracker(idleS, lastInputMono, at, breakMs) {
      const toggles = deps.toggles();
      const callKinds = (['camera', 'microphone'] as const).filter((kind) => toggles[kind]);
      if (deps.detectorsFor(callKinds).length === 0) return idleS;
      if (!wouldCompleteBreak(lastInputMono, at.mono, idleS, breakMs)) return idleS;
      if (!fresh(at.mono)) {
        void ask(at.mono);
        // Until the detectors answer, this is sitting: a break credited now could not be taken back.
        return idleDuringCall(idleS, { onCall: true, reasons: [] });
      }
      return idleDuringCall(idleS, callInProgress(latest, toggles));
    },
    asking: () => inFlight !== null,
    setMeeting(choice, nowWall) {
      meeting = choice === 'off' ? null : startMeeting(choice, nowWall);
      meetingTimer?.();
      meetingTimer = undefined;
      const endsAt = meetingEndsAtWall(meeting, nowWall);
      if (endsAt !== null) {
        meetingTimer = deps.timers.setTimeout(() => deps.onChange(), endsAt - nowWall);
      }
      deps.onChange();
    },
    meeting: (nowWall) => settleMeeting(meeting, nowWall),
    isBusy: (nowWall) => decision(nowWall).busy,
    answers: () => latest,
    refresh: () => ask(deps.clock.monotonic()),
    dispose() {
      meetingTimer?.();
    },
  };
}
