import {
  meetingWorkday,
  replayWorkday,
  standardWorkday,
  wholeDay,
  type WorkdayScript,
} from '../support/workday-script';
import { formatTable } from './stats';
import { DayClock, replayDay, type WakeupCount } from './workday-replay';
import { limberSubject, pollerSubject } from './workday-subjects';

/** The budgets: timer wakeups an hour at the desk, away (screen on, nobody there), locked. */
export const wakeupBudget = { desk: 20, away: 15, locked: 15 } as const;

/** One side of the comparison, replayed over the same scripted day. */
export interface WorkdayRun extends WakeupCount {
  idleReads: number;
  trayUpdates: number;
  /** Camera and microphone looks (each a command run in the app). */
  detectorLooks: number;
}

/** Limber's main runtime and a 1-second poller, each replaying `script` on its own fake clock. */
export async function measureWorkday(script: WorkdayScript = standardWorkday) {
  const run = async (side: 'limber' | 'poller') => {
    const day = new DayClock();
    const subject = side === 'limber' ? limberSubject(script, day) : pollerSubject(day);
    const count = await replayDay(script, day, subject.subject);
    subject.dispose();
    const result: WorkdayRun = {
      ...count,
      idleReads: subject.idleReads(),
      trayUpdates: subject.trayUpdates(),
      detectorLooks: subject.detectorLooks(),
    };
    return { result, nudges: subject.nudges };
  };
  const limber = await run('limber');
  const poller = await run('poller');
  return { limber: limber.result, poller: poller.result, nudges: limber.nudges };
}

/** The figures the budgets are about, each from the day that has the most of that state. */
export async function measureBudgets() {
  const workday = await measureWorkday(standardWorkday);
  const meetings = await measureWorkday(meetingWorkday);
  const day = await measureWorkday(wholeDay(standardWorkday));
  return { workday, meetings, day };
}

const fixed = (n: number) => (Number.isNaN(n) ? '–' : n.toFixed(1));

/** Prints the comparison as `npm run bench` shows it. */
export async function printWorkdayWakeups(): Promise<void> {
  const { workday, meetings, day } = await measureBudgets();
  const sittingOnly = replayWorkday(standardWorkday);
  console.log(
    `\nTimer wakeups over a scripted ${standardWorkday.durationMin / 60}-hour workday` +
      ' (tests/support/workday-script.ts), real runtime on a fake clock\n',
  );
  console.log(
    formatTable([
      ['hour', 'Limber', '1-s poller', 'Limber, two calls'],
      ...workday.limber.perHour.map((n, hour) => [
        String(hour + 1),
        String(n),
        String(workday.poller.perHour[hour] ?? 0),
        String(meetings.limber.perHour[hour] ?? 0),
      ]),
    ]),
  );
  const row = (label: string, limber: number, poller: number, budget = '') => [
    label,
    fixed(limber),
    fixed(poller),
    budget,
  ];
  const within = (value: number, budget: number) =>
    `≤ ${budget} ${value <= budget ? '(met)' : '(OVER)'}`;
  const { desk, away, locked } = wakeupBudget;
  console.log('');
  console.log(
    formatTable([
      ['wakeups', 'Limber', '1-s poller', 'budget'],
      row(
        'an hour at the desk, workday',
        workday.limber.deskPerHour,
        workday.poller.deskPerHour,
        within(workday.limber.deskPerHour, desk),
      ),
      row(
        'an hour at the desk, day with two calls',
        meetings.limber.byState.desk.perHour,
        meetings.poller.deskPerHour,
        within(meetings.limber.byState.desk.perHour, desk),
      ),
      row(
        `  … while a nudge is held (${meetings.limber.byState.held.minutes} min)`,
        meetings.limber.byState.held.perHour,
        meetings.poller.deskPerHour,
        'a look a minute',
      ),
      row(
        '  … the whole time at the desk, held or not',
        meetings.limber.deskPerHour,
        meetings.poller.deskPerHour,
      ),
      row(
        'an hour away, screen on (24-h day)',
        day.limber.byState.away.perHour,
        day.poller.byState.away.perHour,
        within(day.limber.byState.away.perHour, away),
      ),
      row(
        'an hour locked (24-h day)',
        day.limber.byState.locked.perHour,
        day.poller.byState.locked.perHour,
        within(day.limber.byState.locked.perHour, locked),
      ),
      row('8-h workday', workday.limber.total, workday.poller.total),
      row('8-h day with two calls', meetings.limber.total, meetings.poller.total),
      row('24 h: workday, evening away, night locked', day.limber.total, day.poller.total),
      row('idle-time reads, 24 h', day.limber.idleReads, day.poller.idleReads),
      row('tray updates, 24 h', day.limber.trayUpdates, day.poller.trayUpdates),
      row('camera and mic looks, day with two calls', meetings.limber.detectorLooks, 0),
    ]),
  );
  console.log(
    `\nAt the desk the poller wakes ${fixed(workday.poller.deskPerHour / workday.limber.deskPerHour)}x` +
      ` as often. (Sitting service alone: ${fixed(sittingOnly.deskWakeupsPerHour)}/h at the desk.)`,
  );
  console.log(`Nudges at minutes, workday: ${workday.nudges.join(', ') || 'none'}`);
  console.log(`Nudges at minutes, two calls (75–125, 250–290): ${meetings.nudges.join(', ')}`);
  console.log(
    "(A window that shows the minute count, such as the status window, adds a wakeup a minute while it is open; none is open here. Limber's user also stretches when nudged, so it has fewer minutes at the desk.)",
  );
}
