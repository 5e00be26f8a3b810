import { replayWorkday, standardWorkday, type WorkdayScript } from '../support/workday-script';
import { formatTable } from './stats';
import { DayClock, replayDay, type WakeupCount } from './workday-replay';
import { limberSubject, pollerSubject } from './workday-subjects';

/** The budget: timer wakeups per hour while the user sits at the desk. */
export const deskWakeupBudget = 80;

/** One side of the comparison, replayed over the same scripted day. */
export interface WorkdayRun extends WakeupCount {
  idleReads: number;
  trayUpdates: number;
}

/** Limber's main runtime and a 1-second poller, each replaying `script` on its own fake clock. */
export function measureWorkday(script: WorkdayScript = standardWorkday) {
  const limberDay = new DayClock();
  const limber = limberSubject(script, limberDay);
  const limberCount = replayDay(script, limberDay, limber.subject);
  limber.dispose();

  const pollerDay = new DayClock();
  const poller = pollerSubject(pollerDay);
  const pollerCount = replayDay(script, pollerDay, poller.subject);
  poller.dispose();

  const run = (count: WakeupCount, side: typeof poller): WorkdayRun => ({
    ...count,
    idleReads: side.idleReads(),
    trayUpdates: side.trayUpdates(),
  });
  return {
    limber: run(limberCount, limber),
    poller: run(pollerCount, poller),
    nudges: limber.nudges,
    /** The sitting service alone, as its unit test replays it: a cross-check. */
    sittingOnly: replayWorkday(script),
  };
}

const fixed = (n: number) => n.toFixed(1);

/** Prints the comparison as `npm run bench` shows it. */
export function printWorkdayWakeups(script: WorkdayScript = standardWorkday): void {
  const { limber, poller, nudges, sittingOnly } = measureWorkday(script);
  console.log(
    `\nTimer wakeups over a scripted ${script.durationMin / 60}-hour workday` +
      ' (tests/support/workday-script.ts), real runtime on a fake clock\n',
  );
  console.log(
    formatTable([
      ['hour', 'Limber', '1-s poller'],
      ...limber.perHour.map((n, hour) => [
        String(hour + 1),
        String(n),
        String(poller.perHour[hour] ?? 0),
      ]),
    ]),
  );
  const ratio = poller.deskPerHour / limber.deskPerHour;
  console.log('');
  console.log(
    formatTable([
      ['', 'Limber', '1-s poller'],
      ['wakeups per hour at the desk', fixed(limber.deskPerHour), fixed(poller.deskPerHour)],
      ['wakeups, whole day', String(limber.total), String(poller.total)],
      ['idle-time reads, whole day', String(limber.idleReads), String(poller.idleReads)],
      ['tray updates, whole day', String(limber.trayUpdates), String(poller.trayUpdates)],
      ['minutes at the desk', String(limber.deskMinutes), String(poller.deskMinutes)],
    ]),
  );
  const verdict = limber.deskPerHour <= deskWakeupBudget ? 'within' : 'OVER';
  console.log(
    `\nAt the desk the poller wakes ${fixed(ratio)}x as often. Limber: ${fixed(limber.deskPerHour)}` +
      `/h, ${verdict} the budget of ${deskWakeupBudget}/h.` +
      ` (Sitting service alone: ${fixed(sittingOnly.deskWakeupsPerHour)}/h.)`,
  );
  console.log(`Nudges at minutes: ${nudges.join(', ') || 'none'}`);
  console.log("(Limber's user also stretches when nudged, so it has fewer minutes at the desk.)");
}
