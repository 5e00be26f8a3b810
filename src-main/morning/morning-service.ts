import { type MorningDecision, morningDecision } from '@shared/morning/decision';
import { localDateOf } from '@shared/morning/local-calendar';
import { offerText } from '@shared/morning/offer-text';
import type { LocalDate, MorningAnswer, MorningRecord } from '@shared/morning/types';
import type { Dispose } from '@shared/time/clock';

import type { MorningOffer } from './morning-ports';
import type { MorningEvent, MorningService, MorningServiceDeps } from './morning-service-types';
import { systemTimeZone } from './system-time-zone';

const MINUTE = 60_000;
/** "Later" offers again after this long. */
export const LATER_MS = 30 * MINUTE;
/** While the user is busy, a due offer is looked at again this often. */
export const BUSY_RECHECK_MS = MINUTE;

/**
 * Creates the service and looks at once: an app started after the time is a sign of the user
 * too. Every look asks `morningDecision` what is due from the wall clock and the store, offers
 * it if the user is there and free, and arms exactly one scheduler job, for the next instant
 * the answer can change. The scheduler is never trusted to have woken at the right time.
 */
export function createMorningService(deps: MorningServiceDeps): MorningService {
  const timeZone = deps.timeZone ?? systemTimeZone;
  let config = deps.getConfig();
  let record: MorningRecord = deps.store.read();
  let shown: MorningOffer | null = null;
  /** Locked or asleep since the last sign of the user: an offer waits for them. */
  let away = false;
  /** The day whose offer fell due while the user was busy: it outlives the catch-up window. */
  let heldDate: LocalDate | null = null;
  let job: { atWall: number; token: object; dispose: Dispose } | null = null;
  let cancelRecheck: Dispose | undefined;
  let disposed = false;
  const emit = (event: MorningEvent) => deps.onEvent?.(event);
  const save = (next: MorningRecord) => {
    record = next;
    deps.store.write(next);
  };
  const decide = (at: number, zone: string, given: MorningRecord = record): MorningDecision =>
    morningDecision({
      nowWall: at,
      timeZone: zone,
      morning: config.schedule,
      lastOfferedDate: given.lastOfferedDate,
      laterAtWall: given.laterAtWall,
      heldDate,
    });

  /** Decides, offers what is due, and re-arms. `rearm` replaces the job even if unchanged. */
  function look(rearm: boolean): void {
    const at = deps.clock.now();
    const zone = timeZone();
    const decision = decide(at, zone);
    cancelRecheck?.();
    cancelRecheck = undefined;
    if (decision.due && !away) {
      if (deps.busy?.isBusy()) {
        heldDate = decision.date;
        cancelRecheck = deps.timers.setTimeout(() => {
          cancelRecheck = undefined;
          look(false);
        }, BUSY_RECHECK_MS);
      } else {
        deliver(decision.kind, decision.date, at);
      }
    }
    arm(at, zone, rearm);
  }

  function deliver(kind: MorningOffer['kind'], date: LocalDate, at: number): void {
    heldDate = null;
    // Remembered before it shows: should showing fail, the day is still not offered twice.
    save({ lastOfferedDate: date, laterAtWall: null });
    shown = { kind, routineId: config.routineId, ...offerText(kind, config.routine) };
    deps.prompt.show(shown);
    emit({ type: 'offered', kind, date, atWall: at, routineId: config.routineId });
  }

  /**
   * One job, for the next instant worth waking at. While an offer waits for the user (away or
   * busy), that is the next morning: their return, or the re-check, delivers today's.
   */
  function arm(at: number, zone: string, rearm: boolean): void {
    let decision = decide(at, zone);
    if (decision.due) {
      decision = decide(at, zone, { lastOfferedDate: decision.date, laterAtWall: null });
    }
    const next = decision.due ? null : decision.nextCheckAtWall;
    if (!rearm && job?.atWall === next) return;
    job?.dispose();
    job = null;
    if (next === null) return;
    const token = {};
    job = { atWall: next, token, dispose: deps.scheduler.scheduleAt(next, () => woke(token)) };
  }

  /** A job fired: late, early on a changed clock, twice, or long cancelled. Just look again. */
  function woke(token: object): void {
    if (disposed) return; // a job cancelled at dispose that fires anyway must arm nothing
    if (job?.token === token) job = null; // spent; a duplicate or stale call leaves the new one
    look(false);
  }

  function takeOfferAway(): MorningOffer | null {
    const offer = shown;
    if (offer) deps.prompt.close();
    shown = null;
    return offer;
  }

  function answer(reply: MorningAnswer): void {
    const offer = takeOfferAway();
    if (!offer) {
      if (reply === 'start') deps.startRoutine(config.routineId);
      return;
    }
    const at = deps.clock.now();
    const today = localDateOf(at, timeZone());
    // Never move the day back: an answer on a clock set back must not reopen a later day.
    const last = record.lastOfferedDate;
    const settled = last !== null && last > today ? last : today;
    save({ lastOfferedDate: settled, laterAtWall: reply === 'later' ? at + LATER_MS : null });
    emit({ type: 'answered', answer: reply, date: settled, atWall: at });
    if (reply === 'start') deps.startRoutine(offer.routineId);
    look(false);
  }

  const unsubscribePower = deps.power.subscribe((event) => {
    if (event === 'suspend' || event === 'lock') {
      away = true;
      return;
    }
    away = false;
    look(true); // after a sleep or a long lock the job may be stale
  });
  look(true);

  return {
    offer: () => shown,
    answer,
    onUserInput() {
      away = false;
      look(false);
    },
    onClockChanged: () => look(true),
    onTimeZoneChanged: () => look(true),
    reconfigure() {
      config = deps.getConfig();
      if (!config.schedule.enabled) {
        heldDate = null;
        takeOfferAway();
      }
      look(true);
    },
    dispose() {
      disposed = true;
      job?.dispose();
      job = null;
      cancelRecheck?.();
      cancelRecheck = undefined;
      unsubscribePower();
      takeOfferAway();
    },
  };
}
