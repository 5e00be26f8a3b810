import { describe, expect, it } from 'vitest';

import * as act from '@shared/reminders/actions';
import { planNextNudge, sittingMs } from '@shared/reminders/planner';
import { initialReminders } from '@shared/reminders/state';
import type { ReminderSettings, ReminderState } from '@shared/reminders/types';
import { defaultSettings } from '@shared/settings/schema';

import { reminderSettingsFrom } from '../../../../src-main/sitting/sitting-config';
import { utcLocalTime } from '../sitting/utc-local-time';
import { at, M0, MIN, viewAt, W0 } from './fixtures';

const settings = reminderSettingsFrom(defaultSettings);
const plan = (
  nowMin: number,
  boutStart: number | null,
  state: ReminderState = initialReminders,
  s: ReminderSettings = settings,
) => planNextNudge(viewAt(nowMin, boutStart), state, s, at(nowMin), utcLocalTime);
const dueMin = (p: ReturnType<typeof plan>) => (p.kind === 'due' ? (p.dueAtMono - M0) / MIN : p);

describe('nudge planner', () => {
  it('is due when the bout reaches the limit', () => {
    expect(dueMin(plan(10, 0))).toBe(45);
  });

  it('repeats an ignored nudge after the shortest snooze, three times, then waits a full limit', () => {
    let state = initialReminders;
    const shown: number[] = [];
    let now = 45;
    for (let i = 0; i < 6; i++) {
      shown.push(now);
      state = act.nudgeShown(state, viewAt(now, 0), at(now), settings);
      now = dueMin(plan(now, 0, state)) as number;
    }
    expect(shown).toEqual([45, 50, 55, 60, 105, 110]);
  });

  it('snooze and skip set the next nudge', () => {
    const shown = act.nudgeShown(initialReminders, viewAt(45, 0), at(45), settings);
    expect(dueMin(plan(45, 0, act.snooze(shown, at(45), 20 * MIN, settings)))).toBe(65);
    expect(dueMin(plan(45, 0, act.skip(shown, at(45), settings)))).toBe(90);
  });

  it('is blocked while paused and freezes the count: pause time is not sitting', () => {
    const paused = act.pause(initialReminders, at(20), { kind: 'for', ms: 60 * MIN }, settings);
    expect(plan(30, 0, paused)).toMatchObject({
      blockedBy: 'paused',
      recheckAtMono: at(80).mono,
      untilWall: at(80).wall,
    });
    const resumed = act.resume(paused, at(50), settings);
    expect(sittingMs(viewAt(50, 0), resumed, at(50))).toBe(20 * MIN);
    expect(dueMin(plan(50, 0, resumed))).toBe(75);
  });

  it('"until tomorrow morning" follows the wall clock', () => {
    const morning = W0 + 22 * 60 * MIN; // 08:00 next day
    const paused = act.pause(
      initialReminders,
      at(0),
      { kind: 'until-morning', untilWall: morning },
      settings,
    );
    expect(plan(60, 0, paused)).toMatchObject({
      blockedBy: 'paused',
      untilMorning: true,
      recheckAtMono: at(22 * 60).mono,
    });
    expect(plan(22 * 60, 22 * 60 - 1, paused).kind).toBe('due');
  });

  it('is blocked while away', () => {
    expect(plan(10, null)).toEqual({ kind: 'blocked', blockedBy: 'away', recheckAtMono: null });
  });

  it('waits for the next work day outside work hours', () => {
    const friday = {
      ...settings,
      workHours: { days: [1, 2, 3, 4, 5], ranges: [{ start: '09:00', end: '17:00' }] },
    };
    // Monday 10:00 + 7 h = 17:00: the limit falls after hours, so re-check Tuesday 09:00.
    const p = plan(7 * 60 - 20, 7 * 60 - 45, initialReminders, friday);
    expect(p).toEqual({
      kind: 'blocked',
      blockedBy: 'outside-work-hours',
      recheckAtMono: at(23 * 60).mono,
    });
  });

  it('tells the tray it is on plain intervals when idle detection is stuck', () => {
    const p = planNextNudge(
      viewAt(10, 0, 'stuck'),
      initialReminders,
      settings,
      at(10),
      utcLocalTime,
    );
    expect(p).toMatchObject({ kind: 'due', mode: 'interval' });
  });
});
