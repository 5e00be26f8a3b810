import { describe, expect, it } from 'vitest';

import {
  morningDecision,
  type MorningDecisionInput,
  ON_TIME_GRACE_MS,
} from '@shared/morning/decision';
import { addCalendarDays, weekdayOf } from '@shared/morning/local-calendar';
import type { MorningSchedule } from '@shared/morning/types';

import { DAY, HOUR, MINUTE, wallAt, ZONE_CASES } from './zones';

const weekdays: MorningSchedule = { enabled: true, time: '07:30', days: [1, 2, 3, 4, 5] };
const MONDAY = '2026-01-05';

describe.each(ZONE_CASES)('the morning decision in $zone', ({ zone, springForward, fallBack }) => {
  const at = (date: string, time: string, seconds = 0) => wallAt(zone, date, time, seconds);
  const decide = (input: Partial<MorningDecisionInput> & { nowWall: number }) =>
    morningDecision({ timeZone: zone, morning: weekdays, lastOfferedDate: null, ...input });

  it('over a week, each configured morning is due once at its time, the weekend never', () => {
    let lastOfferedDate: string | null = null;
    const offered: string[] = [];
    for (let day = 0; day < 7; day++) {
      const date = addCalendarDays(MONDAY, day);
      for (const time of ['06:00', '07:29', '07:30', '07:31', '09:00', '12:00', '23:59']) {
        const decision = decide({ nowWall: at(date, time), lastOfferedDate });
        if (decision.due) {
          offered.push(`${date} ${time} ${decision.kind}`);
          lastOfferedDate = decision.date;
        }
      }
    }
    expect(offered).toEqual(
      ['05', '06', '07', '08', '09'].map((d) => `2026-01-${d} 07:30 on-time`),
    );
    expect(offered.map((line) => weekdayOf(line.slice(0, 10)))).toEqual([1, 2, 3, 4, 5]);
  });

  it('before the time it says to wake at the time; after the offer, at the next configured day', () => {
    expect(decide({ nowWall: at(MONDAY, '06:00') })).toEqual({
      due: false,
      nextCheckAtWall: at(MONDAY, '07:30'),
      reason: 'before-time',
    });
    // Friday's offer made: Saturday and Sunday are not configured, so Monday is next.
    expect(decide({ nowWall: at('2026-01-09', '07:31'), lastOfferedDate: '2026-01-09' })).toEqual({
      due: false,
      nextCheckAtWall: at('2026-01-12', '07:30'),
      reason: 'already-offered',
    });
    expect(decide({ nowWall: at('2026-01-10', '07:30'), lastOfferedDate: '2026-01-09' })).toEqual({
      due: false,
      nextCheckAtWall: at('2026-01-12', '07:30'),
      reason: 'not-a-day',
    });
  });

  it('is on time for a few minutes after the time, then a catch-up until the window ends', () => {
    const kindAt = (time: string, seconds = 0) => {
      const decision = decide({ nowWall: at(MONDAY, time, seconds) });
      return decision.due ? decision.kind : decision.reason;
    };
    expect(ON_TIME_GRACE_MS).toBe(5 * MINUTE);
    expect(kindAt('07:34', 59)).toBe('on-time');
    expect(kindAt('07:35')).toBe('catch-up');
    expect(kindAt('10:59', 59)).toBe('catch-up');
    expect(kindAt('11:00')).toBe('window-closed');
  });

  it('once the window has closed nothing is due that day, and tomorrow is the next wake-up', () => {
    expect(decide({ nowWall: at(MONDAY, '15:00') })).toEqual({
      due: false,
      nextCheckAtWall: at('2026-01-06', '07:30'),
      reason: 'window-closed',
    });
  });

  it('follows the catch-up end from settings', () => {
    const morning = { ...weekdays, catchUpUntil: '09:00' };
    expect(decide({ nowWall: at(MONDAY, '08:59'), morning })).toMatchObject({ due: true });
    expect(decide({ nowWall: at(MONDAY, '09:00'), morning })).toMatchObject({ due: false });
  });

  it('a catch-up end at or before the time means no catch-up, only the on-time offer', () => {
    const morning = { ...weekdays, time: '11:30' }; // the default end, 11:00, is before it
    expect(decide({ nowWall: at(MONDAY, '11:30'), morning })).toMatchObject({ kind: 'on-time' });
    expect(decide({ nowWall: at(MONDAY, '11:36'), morning })).toMatchObject({
      reason: 'window-closed',
    });
    const same = { ...weekdays, catchUpUntil: '07:30' };
    expect(decide({ nowWall: at(MONDAY, '08:00'), morning: same })).toMatchObject({ due: false });
  });

  it('a clock set back after the offer, within the day or by days, offers nothing again', () => {
    const offeredMonday = { lastOfferedDate: MONDAY };
    const tuesdayMorning = at('2026-01-06', '07:30');
    for (const nowWall of [at(MONDAY, '07:00'), at(MONDAY, '07:30'), at('2026-01-02', '07:30')]) {
      expect(decide({ nowWall, ...offeredMonday })).toEqual({
        due: false,
        nextCheckAtWall: tuesdayMorning,
        reason: 'already-offered',
      });
    }
  });

  it('a clock that jumps a whole day offers the day it lands on once, not the day it skipped', () => {
    const landed = at('2026-01-06', '07:40');
    const decision = decide({ nowWall: landed });
    expect(decision).toEqual({ due: true, kind: 'catch-up', date: '2026-01-06' });
    expect(decide({ nowWall: landed + MINUTE, lastOfferedDate: '2026-01-06' })).toMatchObject({
      due: false,
    });
  });

  it('"Later" is due at its time on the day it was chosen, and only then', () => {
    const laterAtWall = at(MONDAY, '08:00');
    const given = { lastOfferedDate: MONDAY, laterAtWall };
    expect(decide({ nowWall: at(MONDAY, '07:59'), ...given })).toEqual({
      due: false,
      nextCheckAtWall: laterAtWall,
      reason: 'already-offered',
    });
    expect(decide({ nowWall: at(MONDAY, '08:00'), ...given })).toEqual({
      due: true,
      kind: 'later',
      date: MONDAY,
    });
    expect(decide({ nowWall: at(MONDAY, '20:00'), ...given })).toMatchObject({ kind: 'later' });
    // The next day it is forgotten: that morning is offered on time as usual.
    expect(decide({ nowWall: at('2026-01-06', '07:00'), ...given })).toMatchObject({
      reason: 'before-time',
    });
  });

  it('a "Later" whose time falls on another day is dropped, never offered at midnight', () => {
    // Chosen on a clock a day behind (Sunday), after Monday had already been offered.
    const given = { lastOfferedDate: MONDAY, laterAtWall: at('2026-01-04', '08:00') };
    expect(decide({ nowWall: at(MONDAY, '00:00'), ...given })).toMatchObject({
      due: false,
      reason: 'already-offered',
      nextCheckAtWall: at('2026-01-06', '07:30'),
    });
  });

  it('a held offer is still due after the window closes, but only on its own day', () => {
    const nowWall = at(MONDAY, '11:30');
    expect(decide({ nowWall, heldDate: MONDAY })).toMatchObject({ due: true, kind: 'catch-up' });
    expect(decide({ nowWall, heldDate: '2026-01-04' })).toMatchObject({ due: false });
  });

  it('off, or with no days chosen, nothing is due and nothing needs waking for', () => {
    const nowWall = at(MONDAY, '07:30');
    expect(decide({ nowWall, morning: { ...weekdays, enabled: false } })).toEqual({
      due: false,
      nextCheckAtWall: null,
      reason: 'disabled',
    });
    expect(decide({ nowWall, morning: { ...weekdays, days: [] } })).toEqual({
      due: false,
      nextCheckAtWall: null,
      reason: 'no-days',
    });
  });

  it('on the spring-forward day a skipped time is offered once, at the first instant after', () => {
    const { date, skipped, resolvesTo } = springForward;
    const morning = { ...weekdays, time: skipped, days: [0, 1, 2, 3, 4, 5, 6] };
    const dayBefore = at(addCalendarDays(date, -1), '12:00');
    expect(
      decide({ nowWall: dayBefore, morning, lastOfferedDate: addCalendarDays(date, -1) }),
    ).toMatchObject({ nextCheckAtWall: resolvesTo });
    expect(decide({ nowWall: resolvesTo - 1, morning })).toMatchObject({ due: false });
    expect(decide({ nowWall: resolvesTo, morning })).toEqual({ due: true, kind: 'on-time', date });
    expect(decide({ nowWall: resolvesTo + HOUR, morning, lastOfferedDate: date })).toMatchObject({
      due: false,
    });
  });

  it('on the fall-back day a time shown twice is offered at the first, not again at the second', () => {
    const { date, repeated, first, second } = fallBack;
    const morning = { ...weekdays, time: repeated, days: [0, 1, 2, 3, 4, 5, 6] };
    expect(decide({ nowWall: first - 1, morning })).toMatchObject({ nextCheckAtWall: first });
    expect(decide({ nowWall: first, morning })).toEqual({ due: true, kind: 'on-time', date });
    expect(decide({ nowWall: second, morning, lastOfferedDate: date })).toEqual({
      due: false,
      nextCheckAtWall: first + DAY + HOUR, // tomorrow, on the clock that fell back an hour
      reason: 'already-offered',
    });
  });

  it('the same instant is judged on the calendar of the zone given', () => {
    const berlinMorning = wallAt('Europe/Berlin', MONDAY, '07:30');
    const newYorkMorning = wallAt('America/New_York', MONDAY, '07:30');
    const nowWall = zone === 'Europe/Berlin' ? berlinMorning : newYorkMorning;
    expect(decide({ nowWall })).toMatchObject({ due: true, kind: 'on-time' });
    const elsewhere = zone === 'Europe/Berlin' ? 'America/New_York' : 'Europe/Berlin';
    expect(decide({ nowWall, timeZone: elsewhere })).toMatchObject({ due: false });
  });

  it('refuses a time zone it does not know instead of guessing', () => {
    expect(() => decide({ nowWall: at(MONDAY, '07:30'), timeZone: 'Mars/Olympus' })).toThrow(
      RangeError,
    );
  });
});
