import { describe, expect, it } from 'vitest';

import { addCalendarDays, localDateOf } from '@shared/morning/local-calendar';

import { BUSY_RECHECK_MS, LATER_MS } from '../../../../src-main/morning/morning-service';
import { DAY, HOUR, MINUTE, wallAt, ZONE_CASES } from '../../shared/morning/zones';
import { type HarnessOptions, MorningHarness } from './morning-harness';

const MONDAY = '2026-01-05';

describe.each(ZONE_CASES)('the morning offer in $zone', ({ zone, springForward, fallBack }) => {
  const at = (date: string, time: string) => wallAt(zone, date, time);
  const harness = (options: Partial<HarnessOptions> = {}) =>
    new MorningHarness({ zone, startWall: at(MONDAY, '06:00'), ...options });
  /** Offers as "date time kind", on the zone's own clock. */
  const described = (h: MorningHarness) =>
    h.offers().map((offer) => {
      const time = new Date(offer.atWall).toLocaleTimeString('en-GB', {
        timeZone: h.zone,
        hour: '2-digit',
        minute: '2-digit',
      });
      return `${localDateOf(offer.atWall, h.zone)} ${time} ${offer.kind}`;
    });

  it('over a week it offers each configured morning once at its time, and never the others', () => {
    const h = harness({ morning: { days: [1, 2, 3, 4, 5] } });
    for (let day = 0; day < 7; day++) {
      const date = addCalendarDays(MONDAY, day);
      h.advanceTo(at(date, '12:00'));
      h.input();
      if (h.service.offer()) h.answer(day % 2 === 0 ? 'not-today' : 'start');
      h.advanceTo(at(date, '23:00'));
      h.input();
    }
    expect(described(h)).toEqual(
      ['05', '06', '07', '08', '09'].map((d) => `2026-01-${d} 07:30 on-time`),
    );
    expect(h.scheduler.armed()).toHaveLength(1);
    expect(h.scheduler.armed()[0]?.atWall).toBe(at('2026-01-12', '07:30'));
  });

  it('shows the offer with the routine in bed, and Start plays it', () => {
    const h = harness();
    h.advanceTo(at(MONDAY, '07:30'));
    expect(h.prompt.onScreen).toEqual({
      kind: 'on-time',
      routineId: 'morning-in-bed',
      title: 'Good morning',
      body: '7 stretches, about 9 minutes',
    });
    h.answer('start');
    expect(h.started).toEqual(['morning-in-bed']);
    expect(h.prompt.onScreen).toBeNull();
    expect(h.events.map((e) => e.type)).toEqual(['offered', 'answered']);
    expect(h.events[1]).toMatchObject({ answer: 'start', date: MONDAY });
  });

  it('asleep through the time, it offers once when the machine wakes within the window', () => {
    const h = harness();
    h.sleepUntil(at(MONDAY, '08:10'));
    expect(described(h)).toEqual([`${MONDAY} 08:10 catch-up`]);
    h.input();
    h.power.emit('unlock');
    h.advanceTo(at(MONDAY, '23:59'));
    expect(h.offers()).toHaveLength(1);
  });

  it('locked through the time, it waits for the first input and offers then', () => {
    const h = harness();
    h.power.emit('lock');
    h.advanceTo(at(MONDAY, '07:55')); // the job fires at 07:30, but nobody is there
    expect(h.offers()).toHaveLength(0);
    h.input(); // some desktops never say "unlock": input is sign enough
    expect(described(h)).toEqual([`${MONDAY} 07:55 catch-up`]);
  });

  it('asleep past the window, nothing that day, and the next morning as usual', () => {
    const h = harness();
    h.sleepUntil(at(MONDAY, '11:00'));
    h.input();
    h.power.emit('unlock');
    h.advanceTo(at(MONDAY, '23:00'));
    expect(h.offers()).toHaveLength(0);
    h.advanceTo(at('2026-01-06', '08:00'));
    expect(described(h)).toEqual(['2026-01-06 07:30 on-time']);
  });

  it('a clock set back after the offer, by an hour or by a day, offers nothing again', () => {
    const h = harness();
    h.advanceTo(at(MONDAY, '07:31'));
    h.setClock(at(MONDAY, '07:00'));
    h.advanceTo(at(MONDAY, '08:00'));
    h.setClock(at('2026-01-04', '07:00'));
    h.advanceTo(at('2026-01-04', '12:00'));
    h.input();
    expect(h.offers()).toHaveLength(1);
  });

  it('answered on a clock set back a day, the day already offered stays done', () => {
    const h = harness();
    h.advanceTo(at(MONDAY, '07:30'));
    h.setClock(at('2026-01-04', '09:00')); // Sunday, the offer still on screen
    h.answer('not-today');
    h.setClock(at(MONDAY, '07:45'));
    h.input();
    h.advanceTo(at(MONDAY, '12:00'));
    expect(h.offers()).toHaveLength(1);
  });

  it('a clock jumping a whole day offers the day it lands on, once', () => {
    const h = harness();
    h.advanceTo(at(MONDAY, '07:20'));
    h.setClock(at('2026-01-06', '07:20'));
    h.advanceTo(at('2026-01-06', '12:00'));
    h.input();
    expect(described(h)).toEqual(['2026-01-06 07:30 on-time']);
  });

  it('a jump of 24 h unannounced, with a stale job, still gives the new day one offer', () => {
    const h = harness();
    h.advanceTo(at(MONDAY, '07:40')); // Monday offered
    h.clock.setWall(h.clock.now() + DAY); // main missed it: only the next input tells
    h.input();
    h.advanceTo(h.clock.now() + HOUR);
    h.input();
    expect(described(h)).toEqual([`${MONDAY} 07:30 on-time`, '2026-01-06 07:40 catch-up']);
  });

  it('on the spring-forward day a skipped time is offered once, at the jump', () => {
    const { date, skipped, resolvesTo } = springForward;
    const h = harness({
      startWall: at(addCalendarDays(date, -1), '12:00'),
      morning: { time: skipped },
    });
    h.advanceTo(at(addCalendarDays(date, 1), '12:00'));
    h.input();
    expect(h.offers().map((o) => o.atWall)[0]).toBe(resolvesTo);
    expect(h.offers().filter((o) => o.date === date)).toHaveLength(1);
    expect(h.offers()).toHaveLength(2); // that day's, and the next
  });

  it('on the fall-back day a time the clock shows twice is offered once, at the first', () => {
    const { date, repeated, first, second } = fallBack;
    const h = harness({
      startWall: at(addCalendarDays(date, -1), '12:00'),
      morning: { time: repeated },
    });
    h.advanceTo(second + MINUTE);
    h.input();
    h.advanceTo(at(date, '12:00'));
    expect(h.offers().map((o) => o.atWall)).toEqual([first]);
  });

  /** The first 07:30 on `other`'s clock after now: where the service should wake next. */
  const next0730In = (other: string, now: number) =>
    Math.min(
      ...[-1, 0, 1, 2]
        .map((day) => wallAt(other, addCalendarDays(MONDAY, day), '07:30'))
        .filter((wall) => wall > now),
    );

  it('picks up a new time zone: the morning comes at 07:30 on the new clock', () => {
    const other = zone === 'Europe/Berlin' ? 'America/New_York' : 'Europe/Berlin';
    const h = harness({ startWall: at(MONDAY, '05:00') });
    h.moveTo(other);
    const expected = next0730In(other, h.clock.now());
    h.advanceTo(h.clock.now() + 2 * DAY);
    const offers = h.offers();
    expect(offers[0]?.atWall).toBe(expected);
    expect(offers.length).toBeGreaterThan(1);
    for (const offer of offers) expect(offer.atWall).toBe(wallAt(other, offer.date, '07:30'));
  });

  it('notices a zone change nobody announced at the next input', () => {
    const other = zone === 'Europe/Berlin' ? 'America/New_York' : 'Europe/Berlin';
    const h = harness({ startWall: at(MONDAY, '05:00') });
    expect(h.scheduler.armed().map((job) => job.atWall)).toEqual([at(MONDAY, '07:30')]);
    h.zone = other;
    h.input();
    expect(h.scheduler.armed().map((job) => job.atWall)).toEqual([
      next0730In(other, h.clock.now()),
    ]);
  });

  it('restarted just after the offer, it does not offer again; the next morning it does', () => {
    const h = harness();
    h.advanceTo(at(MONDAY, '07:31'));
    h.restart();
    h.input();
    h.advanceTo(at(MONDAY, '10:00'));
    h.input();
    expect(h.offers()).toHaveLength(1);
    h.advanceTo(at('2026-01-06', '07:30'));
    expect(h.offers()).toHaveLength(2);
  });

  it('Later offers again 30 min on, once; another Later, once more', () => {
    const h = harness();
    h.advanceTo(at(MONDAY, '07:30'));
    h.answer('later');
    const laterAt = at(MONDAY, '07:30') + LATER_MS;
    h.advanceTo(laterAt - 1);
    h.input();
    expect(h.offers()).toHaveLength(1);
    h.advanceTo(laterAt);
    expect(h.offers().map((o) => [o.kind, o.atWall])).toEqual([
      ['on-time', at(MONDAY, '07:30')],
      ['later', laterAt],
    ]);
    expect(h.prompt.onScreen?.title).toBe('Ready for your morning stretches?');
    h.advanceTo(laterAt + HOUR); // unanswered: it is not offered a third time
    h.input();
    expect(h.offers()).toHaveLength(2);
    h.answer('later');
    h.advanceTo(laterAt + HOUR + LATER_MS);
    h.advanceTo(at(MONDAY, '23:00'));
    expect(h.offers().map((o) => o.kind)).toEqual(['on-time', 'later', 'later']);
  });

  it('a Later survives a restart', () => {
    const h = harness();
    h.advanceTo(at(MONDAY, '07:30'));
    h.answer('later');
    h.restart();
    h.advanceTo(at(MONDAY, '08:00'));
    expect(h.offers().map((o) => o.kind)).toEqual(['on-time', 'later']);
  });

  it('Not today ends the day whatever happens next; tomorrow is offered', () => {
    const h = harness();
    h.advanceTo(at(MONDAY, '07:30'));
    h.answer('not-today');
    h.sleepUntil(at(MONDAY, '08:30'));
    h.input();
    h.setClock(at(MONDAY, '07:00'));
    h.restart();
    h.advanceTo(at(MONDAY, '12:00'));
    expect(h.offers()).toHaveLength(1);
    h.advanceTo(at('2026-01-06', '07:30'));
    expect(h.offers()).toHaveLength(2);
  });

  it('a busy user: the offer is held, re-checked each minute, and made once they are free', () => {
    const h = harness();
    h.busy = true;
    h.advanceTo(at(MONDAY, '11:30')); // a long meeting, past the catch-up window
    expect(h.offers()).toHaveLength(0);
    h.busy = false;
    h.advanceTo(at(MONDAY, '11:30') + BUSY_RECHECK_MS);
    expect(described(h)).toEqual([`${MONDAY} 11:31 catch-up`]);
    h.advanceTo(at(MONDAY, '23:00'));
    expect(h.offers()).toHaveLength(1);
  });

  it('a held offer does not outlive its day', () => {
    const h = harness();
    h.busy = true;
    h.advanceTo(at('2026-01-06', '00:05'));
    h.busy = false;
    h.advanceTo(at('2026-01-06', '07:00'));
    h.input();
    expect(h.offers()).toHaveLength(0);
  });

  it('follows the settings: a new time moves the wake-up, off takes the offer away', () => {
    const h = harness();
    h.reconfigure({ time: '08:00' });
    h.advanceTo(at(MONDAY, '07:59'));
    expect(h.offers()).toHaveLength(0);
    h.advanceTo(at(MONDAY, '08:00'));
    expect(h.prompt.onScreen).not.toBeNull();
    h.reconfigure({ enabled: false });
    expect(h.prompt.onScreen).toBeNull();
    expect(h.scheduler.armed()).toHaveLength(0);
    h.advanceTo(at('2026-01-08', '12:00'));
    h.input();
    expect(h.offers()).toHaveLength(1);
  });

  it('Start with no offer waiting (a late click) plays the morning routine; Later does nothing', () => {
    const h = harness();
    h.answer('later');
    h.answer('start');
    expect(h.started).toEqual(['morning-in-bed']);
    expect(h.events).toEqual([]);
  });
});

describe.each(ZONE_CASES)('the scheduler only wakes the service, in $zone', ({ zone }) => {
  const at = (time: string) => wallAt(zone, MONDAY, time);
  const harness = (behaviours: HarnessOptions['behaviours']) =>
    new MorningHarness({ zone, startWall: at('06:00'), behaviours });

  it('a job that fires 20 min late makes a catch-up, once', () => {
    const h = harness(['late']);
    h.advanceTo(at('12:00'));
    expect(h.offers().map((o) => [o.kind, o.atWall])).toEqual([['catch-up', at('07:50')]]);
  });

  it('missed runs fired at once, or cancelled jobs firing too, make one offer', () => {
    for (const behaviour of ['burst', 'stale'] as const) {
      const h = harness([behaviour]);
      h.setClock(at('06:30')); // re-arms: the first job is cancelled, and may still fire
      h.advanceTo(at('12:00'));
      expect(h.offers()).toHaveLength(1);
      expect(h.scheduler.armed()).toHaveLength(1);
    }
  });

  it('a job that never fires: the offer comes with the first sign of the user', () => {
    const h = harness(['skip']);
    h.advanceTo(at('08:15'));
    expect(h.offers()).toHaveLength(0);
    h.input();
    expect(h.offers().map((o) => [o.kind, o.atWall])).toEqual([['catch-up', at('08:15')]]);
  });

  it('after a night asleep the morning is on time: a job armed before the sleep is replaced', () => {
    // A real timer does not count the hours asleep: the job from 23:00 would fire at 14:30.
    const h = new MorningHarness({
      zone,
      startWall: wallAt(zone, '2026-01-04', '23:00'),
      record: { lastOfferedDate: '2026-01-04', laterAtWall: null },
    });
    h.sleepUntil(at('06:00'));
    h.advanceTo(at('12:00'));
    expect(h.offers().map((o) => [o.kind, o.atWall])).toEqual([['on-time', at('07:30')]]);
  });

  it('a clock set forward re-arms, so the offer is still on time', () => {
    const h = harness(['on-time']);
    h.setClock(at('07:00')); // the old job would wait its 1.5 h and fire at 08:30
    h.advanceTo(at('12:00'));
    expect(h.offers().map((o) => [o.kind, o.atWall])).toEqual([['on-time', at('07:30')]]);
  });

  it('a job cancelled when the app quit that fires anyway arms nothing', () => {
    const h = harness(['stale']);
    h.restart(); // the first service's job is cancelled, and the fake fires it regardless
    h.advanceTo(at('12:00'));
    expect(h.offers()).toHaveLength(1);
    expect(h.scheduler.armed()).toHaveLength(1);
  });

  it('a job that fires early on a clock set back only re-arms', () => {
    const h = harness(['on-time']);
    h.clock.setWall(at('05:00')); // unannounced: the job still waits 1.5 h, firing at 06:30
    h.advanceTo(at('06:31'));
    expect(h.offers()).toHaveLength(0);
    expect(h.scheduler.armed().map((job) => job.atWall)).toEqual([at('07:30')]);
    h.advanceTo(at('07:30'));
    expect(h.offers()).toHaveLength(1);
  });

  it('keeps exactly one job armed through resumes, unlocks, clock and zone changes', () => {
    const h = harness(['on-time', 'skip', 'late']);
    const moves = [
      () => h.sleepUntil(h.clock.now() + HOUR),
      () => h.power.emit('unlock'),
      () => h.setClock(h.clock.now() - 3 * HOUR),
      () => h.moveTo(h.zone === 'Europe/Berlin' ? 'America/New_York' : 'Europe/Berlin'),
      () => h.reconfigure({ time: '09:00' }),
      () => h.input(),
      () => h.advanceTo(h.clock.now() + 5 * HOUR),
    ];
    for (let round = 0; round < 3; round++) {
      for (const move of moves) {
        move();
        expect(h.scheduler.armed()).toHaveLength(1);
      }
    }
  });
});
